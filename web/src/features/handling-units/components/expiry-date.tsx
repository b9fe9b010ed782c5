import { useTranslation } from 'react-i18next';
import { daysBetween, todayLocalDate, useCalendarDateFormat } from '@/lib/format';

/** A unit expiring within this many days is flagged, so it is picked (FEFO does) or dealt with first. */
export const EXPIRY_WARNING_DAYS = 30;

export type ExpiryState = 'expired' | 'soon' | 'ok';

/** Best before: the goods are still good on the date itself and expired from the day after. */
export function expiryState(expiresOn: string, today: string = todayLocalDate()): ExpiryState {
  const days = daysBetween(today, expiresOn);
  if (Number.isNaN(days)) return 'ok';
  if (days < 0) return 'expired';
  return days <= EXPIRY_WARNING_DAYS ? 'soon' : 'ok';
}

/**
 * A unit's expiry date in the person's language; expired or expiring within 30 days it says so in words as well as
 * in colour. Nothing for a unit without one.
 */
export function ExpiryDate({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  const formatDate = useCalendarDateFormat();
  if (!value) return null;
  const state = expiryState(value);
  return (
    <span className={`expiry expiry--${state}`} data-testid="hu-expiry" data-state={state}>
      <time dateTime={value}>{formatDate(value)}</time>
      {state === 'ok' ? null : <span className="badge expiry__badge">{t(`hu.expiry.${state}`)}</span>}
    </span>
  );
}
