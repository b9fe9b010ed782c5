import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useOfflinePolicy } from '../api/get-offline-policy';

export function OfflinePolicyView() {
  const { t } = useTranslation();
  const policy = useOfflinePolicy();
  const problem = useProblem(policy.error);
  if (policy.isPending) return <Spinner />;
  if (policy.isError) return <ProblemAlert problem={problem} />;
  const rows = [
    ['queueLimit', t('offline.queueLimit'), policy.data.queueLimit],
    ['warnAtQueueLength', t('offline.warnAtQueueLength'), policy.data.warnAtQueueLength],
    ['syncPromptAtQueueLength', t('offline.syncPromptAtQueueLength'), policy.data.syncPromptAtQueueLength],
    ['offlineWarningAfterHours', t('offline.offlineWarningAfterHours'), policy.data.offlineWarningAfterHours],
  ] as const;
  return (
    <div className="stack">
      <p>{t('offline.intro')}</p>
      <dl className="facts">
        {rows.map(([key, label, value]) => (
          <div key={key} className="facts__row" data-testid={`offline-${key}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
