import { useTranslation } from 'react-i18next';
import type { LiveState } from '@/lib/live/stock-connection';

/** The live stock channel's state in the header: Live, Connecting…, Reconnecting… or Offline. */
export function LiveStatus({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <span
      role="status"
      className={`live-status live-status--${state}`}
      data-testid="live-status"
      data-state={state}
      title={t('live.label')}
    >
      <span className="live-status__dot" aria-hidden="true" />
      <span className="visually-hidden">{t('live.label')}: </span>
      {t(`live.${state}`)}
    </span>
  );
}
