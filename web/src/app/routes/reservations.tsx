import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Page } from '@/components/ui/page';
import { CreateReservationForm } from '@/features/reservations/components/create-reservation-form';
import { PickReservation } from '@/features/reservations/components/pick-reservation';
import { ReservationBumpLog } from '@/features/reservations/components/reservation-bump-log';
import { ReservationDetail } from '@/features/reservations/components/reservation-detail';
import { ReservationsBoard } from '@/features/reservations/components/reservations-board';
import { paths, pickPath, reservationPath } from '../paths';

/** Managers: reservations by status, highest priority first, and the recent bumps. */
export function ReservationsRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('reservations.board.title')}
      actions={
        <Link className="button button--primary" to={paths.newReservation}>
          {t('reservations.board.newReservation')}
        </Link>
      }
    >
      <div className="stack">
        <ReservationsBoard detailHref={reservationPath} />
        <ReservationBumpLog detailHref={reservationPath} />
      </div>
    </Page>
  );
}

const backToBoard = (label: string) => (
  <Link className="button" to={paths.reservations}>
    {label}
  </Link>
);

export function NewReservationRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('reservations.create.title')} actions={backToBoard(t('reservations.board.back'))}>
      <CreateReservationForm detailHref={reservationPath} />
    </Page>
  );
}

export function ReservationDetailRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  return (
    <Page title={t('reservations.detail.title', { name: id.slice(0, 8) })} actions={backToBoard(t('reservations.board.back'))}>
      <ReservationDetail id={id} />
    </Page>
  );
}

/** The operator's pick screen (handheld). */
export function PickRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Page title={t('reservations.pick.title')}>
      <PickReservation id={id} onOpen={(next) => void navigate(pickPath(next))} onBack={() => void navigate(paths.pick)} />
    </Page>
  );
}
