import { useTranslation } from 'react-i18next';
import { translateDynamic } from '@/lib/i18n/dynamic';

export function useStatusName() {
  const { t } = useTranslation();
  return (status: string | null | undefined) => translateDynamic(t, `reservations.statuses.${status ?? ''}`, status ?? '');
}

export function ReservationStatusBadge({ status }: { status: string | null | undefined }) {
  const statusName = useStatusName();
  const value = status ?? '';
  return (
    <span className={`badge reservation-status reservation-status--${value.toLowerCase()}`} data-testid="reservation-status">
      {statusName(value)}
    </span>
  );
}
