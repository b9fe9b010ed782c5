import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { formatLocalStamp, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useReceiptAlerts } from '../api/get-receipt-alerts';
import { useResolveReceiptAlert } from '../api/resolve-receipt-alert';

type Action = 'resume' | 'reverse';

/** Orphan / stuck receipts: what each one did so far, and the manager's choice to resume or reverse it. */
export function ReceiptAlerts() {
  const { t } = useTranslation();
  const alerts = useReceiptAlerts();
  const resolve = useResolveReceiptAlert();
  const listProblem = useProblem(alerts.error);
  const problem = useProblem(resolve.error);
  const { commandIdFor, settle } = useCommandId();
  const formatQuantity = useQuantityFormat();
  const [confirming, setConfirming] = useState<{ id: string; action: Action } | null>(null);
  const [resolved, setResolved] = useState<{ action: Action; lpn: string } | null>(null);

  const run = (id: string, action: Action, lpn: string) => {
    const body = { id, action };
    resolve.mutate(
      { ...body, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: () => {
          setResolved({ action, lpn });
          setConfirming(null);
        },
      },
    );
  };

  const statusName = (status: string | null | undefined) => translateDynamic(t, `receiving.statuses.${status ?? ''}`, status ?? '');
  const stepName = (step: string | null | undefined) => translateDynamic(t, `receiving.steps.${step ?? ''}`, step ?? '');
  const items = alerts.data ?? [];

  return (
    <div className="stack">
      <ProblemAlert problem={listProblem} />
      <ProblemAlert problem={problem} />
      {resolved ? (
        <Alert tone="success">
          {resolved.action === 'resume' ? t('receiving.alerts.resumed', { lpn: resolved.lpn }) : t('receiving.alerts.reversed', { lpn: resolved.lpn })}
        </Alert>
      ) : null}
      {alerts.isPending ? <Spinner /> : null}
      {alerts.data && items.length === 0 ? <p className="muted">{t('receiving.alerts.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('receiving.alerts.title')}>
            <thead>
              <tr>
                <th scope="col">{t('receiving.alerts.started')}</th>
                <th scope="col">{t('receiving.alerts.status')}</th>
                <th scope="col">{t('receiving.bin')}</th>
                <th scope="col">{t('receiving.alerts.unit')}</th>
                <th scope="col">{t('receiving.alerts.lines')}</th>
                <th scope="col">{t('receiving.alerts.stepsDone')}</th>
                <th scope="col">{t('receiving.alerts.error')}</th>
                <th scope="col">{t('receiving.alerts.by')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((receipt) => {
                const id = receipt.id ?? '';
                // A receipt stuck before its unit was created is named by the start of its id.
                const lpn = receipt.lpn ?? id.slice(0, 8);
                const asking = confirming?.id === id ? confirming.action : null;
                return (
                  <tr key={id}>
                    <td className="nowrap">{formatLocalStamp(receipt.createdAt)}</td>
                    <td>
                      <span className={`badge receipt-status--${receipt.status ?? ''}`}>{statusName(receipt.status)}</span>
                    </td>
                    <td>
                      <code>{receipt.location}</code>
                    </td>
                    <td>
                      <code>{lpn}</code>
                    </td>
                    <td>{(receipt.lines ?? []).map((line) => `${line.sku ?? ''} × ${formatQuantity(line.quantity)}`).join(', ')}</td>
                    <td>{(receipt.steps ?? []).map((step) => stepName(step.name)).join(', ') || t('common.none')}</td>
                    <td>{receipt.error ?? ''}</td>
                    <td>{receipt.createdBy}</td>
                    <td className="table__actions">
                      {asking ? (
                        <>
                          <Button
                            variant={asking === 'reverse' ? 'danger' : 'primary'}
                            onClick={() => run(id, asking, lpn)}
                            disabled={resolve.isPending}
                            aria-label={t(asking === 'resume' ? 'receiving.alerts.confirmResume' : 'receiving.alerts.confirmReverse', { lpn })}
                          >
                            {t(asking === 'resume' ? 'receiving.alerts.confirmResumeShort' : 'receiving.alerts.confirmReverseShort')}
                          </Button>
                          <Button onClick={() => setConfirming(null)} disabled={resolve.isPending}>
                            {t('common.cancel')}
                          </Button>
                        </>
                      ) : (
                        <>
                          <Button
                            onClick={() => {
                              resolve.reset();
                              setConfirming({ id, action: 'resume' });
                            }}
                            disabled={receipt.status === 'failed'}
                            aria-label={t('receiving.alerts.resume', { lpn })}
                          >
                            {t('receiving.alerts.resumeShort')}
                          </Button>
                          <Button
                            variant="danger"
                            onClick={() => {
                              resolve.reset();
                              setConfirming({ id, action: 'reverse' });
                            }}
                            aria-label={t('receiving.alerts.reverse', { lpn })}
                          >
                            {t('receiving.alerts.reverseShort')}
                          </Button>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
