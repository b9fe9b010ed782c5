import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { formatLocalStamp } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useMarkPrintJobPrinted } from '../api/mark-print-job-printed';
import { usePrintJobLabel } from '../api/get-print-job-label';
import { usePrintJobsOfUnit, type PrintJob } from '../api/get-print-jobs';
import { useRetryPrintJob } from '../api/retry-print-job';

function LabelPreview({ jobId }: { jobId: string }) {
  const { t } = useTranslation();
  const label = usePrintJobLabel(jobId, true);
  const problem = useProblem(label.error);
  if (label.isPending) return <Spinner />;
  return (
    <>
      <ProblemAlert problem={problem} />
      {label.data ? (
        <pre className="label-preview" aria-label={t('labels.zpl', { sscc: label.data.sscc })} data-testid="label-zpl">
          {label.data.zpl}
        </pre>
      ) : null}
    </>
  );
}

interface HandlingUnitLabelsProps {
  handlingUnitId: string;
  /** Managers may send a job to the printer again or mark it printed by hand. */
  canManage: boolean;
}

/** The unit's label print jobs: state, printer, attempts; the label's ZPL on demand; the manual queue's actions. */
export function HandlingUnitLabels({ handlingUnitId, canManage }: HandlingUnitLabelsProps) {
  const { t } = useTranslation();
  const jobs = usePrintJobsOfUnit(handlingUnitId);
  const retry = useRetryPrintJob();
  const printed = useMarkPrintJobPrinted();
  const listProblem = useProblem(jobs.error);
  const problem = useProblem(retry.error ?? printed.error);
  const { commandIdFor, settle } = useCommandId();
  const [preview, setPreview] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const act = (job: PrintJob, action: 'retry' | 'printed') => {
    retry.reset();
    printed.reset();
    setDone(null);
    const id = job.id ?? '';
    const body = { id, action };
    const options = {
      onSettled: (_data: unknown, error: unknown) => settle(error),
      onSuccess: (after: PrintJob) =>
        setDone(action === 'printed' ? t('labels.markedPrinted') : t('labels.retried', { state: stateName(after.state) })),
    };
    if (action === 'retry') retry.mutate({ id, commandId: commandIdFor(body) }, options);
    else printed.mutate({ id, commandId: commandIdFor(body) }, options);
  };

  const stateName = (state: string | null | undefined) => translateDynamic(t, `labels.states.${state ?? ''}`, state ?? '');
  const items = jobs.data?.items ?? [];
  const pending = retry.isPending || printed.isPending;

  return (
    <section className="stack" aria-label={t('labels.title')}>
      <h2 className="card__title">{t('labels.title')}</h2>
      <ProblemAlert problem={listProblem} />
      <ProblemAlert problem={problem} />
      {done ? <Alert tone="success">{done}</Alert> : null}
      {jobs.isPending ? <Spinner /> : null}
      {jobs.data && items.length === 0 ? <p className="muted">{t('labels.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('labels.title')}>
            <thead>
              <tr>
                <th scope="col">{t('labels.created')}</th>
                <th scope="col">{t('labels.printer')}</th>
                <th scope="col">{t('labels.state')}</th>
                <th scope="col" className="num">
                  {t('labels.attempts')}
                </th>
                <th scope="col">{t('labels.lastError')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((job) => {
                const id = job.id ?? '';
                return (
                  <tr key={id}>
                    <td className="nowrap">{formatLocalStamp(job.createdAt)}</td>
                    <td>{job.printer ?? t('labels.defaultPrinter')}</td>
                    <td>
                      <span className={`badge label-state--${job.state ?? ''}`}>{stateName(job.state)}</span>
                    </td>
                    <td className="num">{job.attempts}</td>
                    <td>{job.lastError ?? ''}</td>
                    <td className="table__actions">
                      <Button onClick={() => setPreview(preview === id ? null : id)} aria-expanded={preview === id}>
                        {preview === id ? t('labels.hideLabel') : t('labels.showLabel')}
                      </Button>
                      {canManage && job.state !== 'printed' ? (
                        <Button onClick={() => act(job, 'retry')} disabled={pending}>
                          {t('labels.retry')}
                        </Button>
                      ) : null}
                      {canManage && job.state === 'manual' ? (
                        <Button onClick={() => act(job, 'printed')} disabled={pending}>
                          {t('labels.markPrinted')}
                        </Button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {preview ? <LabelPreview jobId={preview} /> : null}
    </section>
  );
}
