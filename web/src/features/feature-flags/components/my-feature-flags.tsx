import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useMyFeatureFlags } from '../api/get-my-feature-flags';
import { flagName } from './flag-name';

/** The flags as evaluated for the signed-in user. */
export function MyFeatureFlags() {
  const { t } = useTranslation();
  const flags = useMyFeatureFlags();
  const problem = useProblem(flags.error);
  if (flags.isPending) return <Spinner />;
  if (flags.isError) return <ProblemAlert problem={problem} />;
  const entries = Object.entries(flags.data.flags ?? {}).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return <p>{t('home.noFlags')}</p>;
  return (
    <ul className="flag-list" aria-label={t('home.yourFeatures')}>
      {entries.map(([key, on]) => (
        <li key={key} className="flag-list__item" data-testid={`my-flag-${key}`}>
          <span>
            {flagName(t, key)} <code className="muted">{key}</code>
          </span>
          <span className={`badge ${on ? 'badge--on' : 'badge--off'}`}>{on ? t('home.on') : t('home.off')}</span>
        </li>
      ))}
    </ul>
  );
}
