import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp } from '@/lib/format';
import { useReservationBumps } from '../api/get-reservation-bumps';

/** How many of the newest bumps the board shows (the server keeps the newest 200). */
const SHOWN = 50;

/** The managers' bump log: which reservation lost its stock, when, why and through whom; each opens its reservation. */
export function ReservationBumpLog({ detailHref }: { detailHref: (id: string) => string }) {
  const { t } = useTranslation();
  const bumps = useReservationBumps();
  const problem = useProblem(bumps.error);
  // The server sends the newest first; sorted again so that the order holds whatever it sends.
  const items = [...(bumps.data ?? [])].sort((a, b) => (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '')).slice(0, SHOWN);

  return (
    <section className="card" aria-labelledby="reservation-bumps-title">
      <h2 className="card__title" id="reservation-bumps-title">
        {t('reservations.bumps.title')}
      </h2>
      <ProblemAlert problem={problem} />
      {bumps.isPending ? <Spinner /> : null}
      {bumps.data && items.length === 0 ? <p className="muted">{t('reservations.bumps.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('reservations.bumps.table')}>
            <thead>
              <tr>
                <th scope="col">{t('reservations.bumps.when')}</th>
                <th scope="col">{t('reservations.bumps.reservation')}</th>
                <th scope="col">{t('reservations.fields.priority')}</th>
                <th scope="col">{t('reservations.fields.reason')}</th>
                <th scope="col">{t('reservations.bumps.by')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((bump, index) => {
                const id = bump.reservationId ?? '';
                return (
                  <tr key={`${id}-${bump.occurredAt ?? String(index)}`}>
                    <td className="nowrap">
                      <time dateTime={bump.occurredAt}>{formatLocalStamp(bump.occurredAt)}</time>
                    </td>
                    <td>
                      <Link to={detailHref(id)}>
                        {[bump.purpose, bump.reference].filter(Boolean).join(' ') || id.slice(0, 8)}
                      </Link>
                    </td>
                    <td className="num">{bump.priority}</td>
                    <td>{bump.reason}</td>
                    <td>{bump.operator}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
