import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useGenerateLayout } from '../api/generate-layout';
import { toNumber } from './numbers';

const FIELDS = ['warehouse', 'name', 'aisles', 'racksPerAisle', 'levels', 'binsPerLevel'] as const;
const EMPTY = { warehouse: '', name: '', aisles: '2', racksPerAisle: '2', levels: '2', binsPerLevel: '2' };
type Values = typeof EMPTY;

/** Generates a demo warehouse: aisles × racks × levels × bins, laid out by the server. */
export function GenerateLayoutForm({ onGenerated }: { onGenerated?: (code: string) => void }) {
  const { t } = useTranslation();
  const generate = useGenerateLayout();
  const problem = useProblem(generate.error);
  const { commandIdFor, settle } = useCommandId();
  const [values, setValues] = useState<Values>(EMPTY);
  const [result, setResult] = useState<{ warehouse: string; count: number } | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(null);
    const body = {
      warehouse: values.warehouse.trim().toUpperCase(),
      name: values.name.trim(),
      aisles: toNumber(values.aisles),
      racksPerAisle: toNumber(values.racksPerAisle),
      levels: toNumber(values.levels),
      binsPerLevel: toNumber(values.binsPerLevel),
    };
    generate.mutate(
      { commandId: commandIdFor(body), ...body },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (generated) => {
          const warehouse = generated.warehouse ?? body.warehouse;
          setResult({ warehouse, count: generated.binsCreated ?? 0 });
          setValues(EMPTY);
          onGenerated?.(warehouse);
        },
      },
    );
  };

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const count = (field: 'aisles' | 'racksPerAisle' | 'levels' | 'binsPerLevel', label: string) => (
    <TextField
      label={label}
      name={field}
      inputMode="numeric"
      autoComplete="off"
      value={values[field]}
      onChange={set(field)}
      errors={problem.fieldErrors(field)}
    />
  );

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('layout.generate')}>
      <ProblemAlert problem={problem} fields={FIELDS} />
      {result ? (
        <Alert tone="success">{t('layout.binsCreated', { count: result.count, warehouse: result.warehouse })}</Alert>
      ) : null}
      <TextField
        label={t('layout.code')}
        name="warehouse"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={values.warehouse}
        onChange={set('warehouse')}
        errors={problem.fieldErrors('warehouse')}
      />
      <TextField label={t('layout.name')} name="name" value={values.name} onChange={set('name')} errors={problem.fieldErrors('name')} />
      <div className="form__grid">
        {count('aisles', t('layout.aisles'))}
        {count('racksPerAisle', t('layout.racksPerAisle'))}
        {count('levels', t('layout.levels'))}
        {count('binsPerLevel', t('layout.binsPerLevel'))}
      </div>
      <Button type="submit" variant="primary" disabled={generate.isPending}>
        {generate.isPending ? t('layout.generating') : t('layout.generateButton')}
      </Button>
    </form>
  );
}
