import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { useDateFormat, useQuantityFormat } from '@/lib/format';
import { useConsistencyChecks, type ConsistencyCheck, type ConsistencyFinding } from '../api/get-consistency-checks';
import { useRunConsistencyCheck } from '../api/run-consistency-check';

function ResultBadge({ passed }: { passed: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${passed ? 'badge--on' : 'badge--danger'}`} data-testid="check-result" data-passed={String(Boolean(passed))}>
      {passed ? t('operations.passed') : t('operations.failed')}
    </span>
  );
}

function Findings({ findings, label }: { findings: readonly ConsistencyFinding[]; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table--compact" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{t('operations.check')}</th>
            <th scope="col">{t('operations.severity')}</th>
            <th scope="col">{t('operations.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {findings.map((finding, index) => (
            <tr key={`${String(index)}-${finding.check ?? ''}`}>
              <td>
                <code>{finding.check}</code>
              </td>
              <td>{finding.severity}</td>
              <td>{finding.detail}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The ledger's consistency checks (daily and on demand), newest first, with the
 * findings of a failed one. `canRun`: managers and administrators may run one now.
 */
export function ConsistencyChecks({ canRun }: { canRun: boolean }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const formatCount = useQuantityFormat();
  const checks = useConsistencyChecks();
  const listProblem = useProblem(checks.error);
  const run = useRunConsistencyCheck();
  const runProblem = useProblem(run.error);
  const { commandIdFor, settle } = useCommandId();
  const [latest, setLatest] = useState<ConsistencyCheck | null>(null);

  const runNow = () => {
    setLatest(null);
    run.mutate(
      { commandId: commandIdFor({ run: 'consistency-check' }) },
      { onSettled: (_data, error) => settle(error), onSuccess: (check) => setLatest(check) },
    );
  };

  const items = checks.data ?? [];
  const findingsOf = (check: ConsistencyCheck) => check.findings ?? [];

  return (
    <div className="stack">
      {canRun ? (
        <div className="toolbar">
          <Button variant="primary" onClick={runNow} disabled={run.isPending}>
            {run.isPending ? t('operations.running') : t('operations.runNow')}
          </Button>
        </div>
      ) : null}
      <ProblemAlert problem={runProblem} />
      {latest ? (
        <div className="stack" data-testid="latest-check">
          <Alert tone={latest.passed ? 'success' : 'error'}>
            {latest.passed
              ? t('operations.checkPassed', { count: latest.movementsChecked ?? 0, movements: formatCount(latest.movementsChecked) })
              : t('operations.checkFailed', { count: findingsOf(latest).length })}
          </Alert>
          {!latest.passed && findingsOf(latest).length > 0 ? (
            <Findings findings={findingsOf(latest)} label={t('operations.findingsOf', { when: formatDate(latest.startedAt) })} />
          ) : null}
        </div>
      ) : null}
      <ProblemAlert problem={listProblem} />
      {checks.isPending ? <Spinner /> : null}
      {checks.data && items.length === 0 ? <p>{t('operations.noChecks')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('operations.checks')}>
            <thead>
              <tr>
                <th scope="col">{t('operations.startedAt')}</th>
                <th scope="col">{t('operations.trigger')}</th>
                <th scope="col" className="num">
                  {t('operations.movementsChecked')}
                </th>
                <th scope="col">{t('operations.result')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((check) => {
                const findings = findingsOf(check);
                return (
                  <tr key={String(check.id)} data-testid={`check-${String(check.id)}`}>
                    <td className="nowrap">{formatDate(check.startedAt)}</td>
                    <td>{check.trigger}</td>
                    <td className="num">{formatCount(check.movementsChecked)}</td>
                    <td>
                      <ResultBadge passed={check.passed} />
                      {!check.passed && findings.length > 0 ? (
                        <details className="findings">
                          <summary>{t('operations.showFindings', { count: findings.length })}</summary>
                          <Findings findings={findings} label={t('operations.findingsOf', { when: formatDate(check.startedAt) })} />
                        </details>
                      ) : null}
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
