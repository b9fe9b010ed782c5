import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useDateFormat } from '@/lib/format';
import { useFeatureFlagHistory, type FeatureFlagChange } from '../api/get-feature-flag-history';

type Settings = FeatureFlagChange['before'];

export function FeatureFlagHistory({ flagKey }: { flagKey: string }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const history = useFeatureFlagHistory(flagKey);
  const problem = useProblem(history.error);

  const summary = (settings: Settings | null | undefined) => {
    if (!settings) return t('common.none');
    const whitelist = settings.userWhitelist ?? [];
    return t('featureFlags.settingsSummary', {
      state: settings.enabled ? t('home.on') : t('home.off'),
      percent: settings.rolloutPercentage,
      whitelist: whitelist.length > 0 ? whitelist.join(', ') : t('common.none'),
    });
  };

  if (history.isPending) return <Spinner />;
  if (history.isError) return <ProblemAlert problem={problem} />;
  if (history.data.length === 0) return <p>{t('featureFlags.historyEmpty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('featureFlags.historyTitle', { key: flagKey })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('featureFlags.when')}</th>
            <th scope="col">{t('featureFlags.who')}</th>
            <th scope="col">{t('featureFlags.change')}</th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((change, index) => (
            <tr key={`${change.changedAt}-${String(index)}`}>
              <td>{formatDate(change.changedAt)}</td>
              <td>{change.changedBy}</td>
              <td>
                {summary(change.before)} → {summary(change.after)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
