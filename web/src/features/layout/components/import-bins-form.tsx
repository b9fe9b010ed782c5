import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useImportLocations, type ImportFormat } from '../api/import-locations';
import { csvTemplateHref, guessFormat, rowErrors } from './import-template';

// The warehouse has no field here (it is chosen above): its errors go to the alert.
const FIELDS = ['format', 'content'] as const;

interface ChosenFile {
  name: string;
  content: string;
}

/**
 * Imports bins into a warehouse from a CSV or JSON file, or pasted text. All
 * or nothing: a rejected file comes back with every bad row and its problems.
 */
export function ImportBinsForm({ warehouse }: { warehouse: string }) {
  const { t } = useTranslation();
  const fileId = useId();
  const importer = useImportLocations();
  const problem = useProblem(importer.error);
  const { commandIdFor, settle } = useCommandId();
  const [format, setFormat] = useState<ImportFormat>('csv');
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [result, setResult] = useState<{ warehouse: string; count: number } | null>(null);
  // A new key empties the file input after an import.
  const [fileInputKey, setFileInputKey] = useState(0);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setResult(null);
    if (!chosen) {
      setFile(null);
      return;
    }
    const content = await chosen.text();
    setFile({ name: chosen.name, content });
    setEmpty(false);
    const guessed = guessFormat(chosen.name, content);
    if (guessed) setFormat(guessed);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(null);
    const content = file?.content ?? text;
    if (!content.trim()) {
      setEmpty(true);
      return;
    }
    setEmpty(false);
    const body = { warehouse, format, content };
    importer.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (imported) => {
          setResult({ warehouse: imported.warehouse ?? warehouse, count: imported.imported ?? 0 });
          setFile(null);
          setFileInputKey((key) => key + 1);
          setText('');
          importer.reset();
        },
      },
    );
  };

  const rows = rowErrors(problem.problem);
  const otherFields = [...FIELDS, ...rows.map((row) => row.label)];

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('layout.importBins')}>
      <ProblemAlert problem={problem} fields={otherFields} />
      {empty ? <Alert>{t('layout.importEmpty')}</Alert> : null}
      {result ? (
        <Alert tone="success">{t('layout.imported', { count: result.count, warehouse: result.warehouse })}</Alert>
      ) : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="table import-errors" aria-label={t('layout.importErrors')}>
            <caption>{t('layout.importErrors')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('layout.importRow')}
                </th>
                <th scope="col">{t('layout.importMessages')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.label}>
                  <td className="num">{row.row}</td>
                  <td>
                    {row.messages.length === 1 ? (
                      row.messages[0]
                    ) : (
                      <ul className="plain-list">
                        {row.messages.map((message, index) => (
                          <li key={`${String(index)}-${message}`}>{message}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="field__hint">{t('layout.importHint')}</p>
      <a className="link-button" href={csvTemplateHref(warehouse)} download={`bins-${warehouse || 'template'}.csv`}>
        {t('layout.downloadTemplate')}
      </a>
      <div className="field">
        <label className="field__label" htmlFor={fileId}>
          {t('layout.importFile')}
        </label>
        <input
          key={fileInputKey}
          id={fileId}
          className="field__input field__input--file"
          type="file"
          name="file"
          accept=".csv,.json,.txt,text/csv,application/json,text/plain"
          onChange={(event) => void chooseFile(event)}
        />
        {file ? <p className="field__hint">{t('layout.importFileRead', { name: file.name })}</p> : null}
      </div>
      <TextAreaField
        label={t('layout.importText')}
        name="content"
        rows={6}
        spellCheck={false}
        autoComplete="off"
        value={text}
        disabled={file !== null}
        onChange={(event) => setText(event.target.value)}
        errors={problem.fieldErrors('content')}
      />
      <SelectField
        label={t('layout.importFormat')}
        name="format"
        value={format}
        onChange={(event) => setFormat(event.target.value === 'json' ? 'json' : 'csv')}
        options={[
          { value: 'csv', label: t('layout.formatCsv') },
          { value: 'json', label: t('layout.formatJson') },
        ]}
        errors={problem.fieldErrors('format')}
      />
      <Button type="submit" variant="primary" disabled={importer.isPending}>
        {importer.isPending ? t('layout.importing') : t('layout.importButton')}
      </Button>
    </form>
  );
}
