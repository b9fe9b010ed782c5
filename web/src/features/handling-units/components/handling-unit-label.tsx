import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { formatLocalStamp, useCalendarDateFormat, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useHandlingUnitLabel } from '../api/get-handling-unit-label';
import { useReprintHandlingUnitLabel } from '../api/reprint-handling-unit-label';
import { useTypeName } from './handling-unit-card';

/** "(00) 0 0614141 123456789 0": the SSCC as the label prints it under the barcode. */
export function readableSscc(sscc: string): string {
  if (!/^\d{18}$/.test(sscc)) return sscc;
  return `(00) ${sscc.slice(0, 1)} ${sscc.slice(1, 8)} ${sscc.slice(8, 17)} ${sscc.slice(17)}`;
}

/** A sealed unit's label: a preview of what it says (and its ZPL), and printing it again. */
export function HandlingUnitLabelPanel({ lpn, onDone }: { lpn: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const typeName = useTypeName();
  const formatQuantity = useQuantityFormat();
  const formatDate = useCalendarDateFormat();
  const [open, setOpen] = useState(false);
  const label = useHandlingUnitLabel(lpn, open);
  const reprint = useReprintHandlingUnitLabel();
  const labelProblem = useProblem(label.error);
  const problem = useProblem(reprint.error);
  const { commandIdFor, settle } = useCommandId();
  const [printed, setPrinted] = useState<string | null>(null);

  const print = () => {
    setPrinted(null);
    const body = { lpn, printer: null };
    reprint.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          onDone?.();
        },
        onSuccess: (job) =>
          setPrinted(t('hu.label.reprinted', { state: translateDynamic(t, `hu.label.states.${job.state ?? ''}`, job.state ?? '') })),
      },
    );
  };

  const content = label.data?.label;
  return (
    <section className="stack" aria-label={t('hu.label.title')}>
      <ProblemAlert problem={problem} />
      {printed ? <Alert tone="success">{printed}</Alert> : null}
      <div className="form__actions">
        <Button variant="primary" className="button--large" onClick={print} disabled={reprint.isPending}>
          {reprint.isPending ? t('common.saving') : t('hu.label.reprint')}
        </Button>
        <Button onClick={() => setOpen((current) => !current)} aria-expanded={open}>
          {open ? t('hu.label.hidePreview') : t('hu.label.preview')}
        </Button>
      </div>
      {open && label.isPending ? <Spinner /> : null}
      {open ? <ProblemAlert problem={labelProblem} /> : null}
      {open && content ? (
        <figure className="label-card" aria-label={t('hu.label.title')} data-testid="label-preview">
          <p className="label-card__sscc">
            <span className="muted">SSCC</span> <strong>{readableSscc(content.sscc ?? label.data?.lpn ?? '')}</strong>
          </p>
          <p>
            {typeName(content.type)} · <code>{content.location}</code> · {formatLocalStamp(content.date)}
            {content.receiptReference ? ` · ${t('hu.label.receipt', { reference: content.receiptReference })}` : ''}
            {content.expiresOn ? ` · ${t('hu.label.bestBefore', { date: formatDate(content.expiresOn) })}` : ''}
          </p>
          <table className="table" aria-label={t('hu.label.lines')}>
            <tbody>
              {(content.lines ?? []).map((line) => (
                <tr key={line.sku}>
                  <td>
                    <code>{line.sku}</code>
                  </td>
                  <td>{line.name}</td>
                  <td className="num">
                    {formatQuantity(line.quantity)} {line.unitOfMeasure}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>{t('hu.label.zpl')}</summary>
            <pre className="label-preview" data-testid="hu-label-zpl">
              {label.data?.zpl}
            </pre>
          </details>
        </figure>
      ) : null}
    </section>
  );
}
