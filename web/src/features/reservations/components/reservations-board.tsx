import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/ui/field';
import { Pager } from '@/components/ui/pager';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp, useQuantityFormat } from '@/lib/format';
import { useReservations } from '../api/get-reservations';
import { RESERVATION_STATUSES } from '../api/types';
import { ReservationStatusBadge, useStatusName } from './reservation-status';

const PAGE_SIZE = 25;

const PRIORITIES = [10, 9, 8, 7, 6, 5, 4, 3, 2];

/** The managers' board: reservations by status and at least a priority, highest priority first; each row opens its detail. */
export function ReservationsBoard({ detailHref }: { detailHref: (id: string) => string }) {
  const { t } = useTranslation();
  const statusName = useStatusName();
  const formatQuantity = useQuantityFormat();
  const [status, setStatus] = useState('');
  const [minPriority, setMinPriority] = useState('');
  const [page, setPage] = useState(1);
  const reservations = useReservations({ status, minPriority, page, pageSize: PAGE_SIZE });
  const problem = useProblem(reservations.error);
  // The server sorts by priority; a page is sorted again so that the order holds whatever it sends.
  const items = [...(reservations.data?.items ?? [])].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));

  return (
    <div className="stack">
      <div className="filter-form">
        <SelectField
          label={t('reservations.board.status')}
          name="status"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value);
            setPage(1);
          }}
          options={[
            { value: '', label: t('reservations.board.allStatuses') },
            ...RESERVATION_STATUSES.map((value) => ({ value, label: statusName(value) })),
          ]}
        />
        <SelectField
          label={t('reservations.board.minPriority')}
          name="minPriority"
          value={minPriority}
          onChange={(event) => {
            setMinPriority(event.target.value);
            setPage(1);
          }}
          options={[
            { value: '', label: t('reservations.board.anyPriority') },
            ...PRIORITIES.map((value) => ({ value: String(value), label: t('reservations.board.atLeast', { priority: value }) })),
          ]}
        />
      </div>
      <ProblemAlert problem={problem} />
      {reservations.isPending ? <Spinner /> : null}
      {reservations.data && items.length === 0 ? <p className="muted">{t('reservations.board.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label={t('reservations.board.title')}>
            <thead>
              <tr>
                <th scope="col">{t('reservations.fields.priority')}</th>
                <th scope="col">{t('reservations.fields.purpose')}</th>
                <th scope="col">{t('reservations.fields.reference')}</th>
                <th scope="col">{t('reservations.fields.status')}</th>
                <th scope="col">{t('reservations.fields.lines')}</th>
                <th scope="col">{t('reservations.fields.createdAt')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((reservation) => {
                const id = reservation.id ?? '';
                const name = reservation.reference || reservation.purpose || id.slice(0, 8);
                return (
                  <tr key={id}>
                    <td className="num">{reservation.priority}</td>
                    <td>{reservation.purpose}</td>
                    <td>{reservation.reference}</td>
                    <td>
                      <ReservationStatusBadge status={reservation.status} />
                    </td>
                    <td>{(reservation.lines ?? []).map((line) => `${line.sku ?? ''} × ${formatQuantity(line.quantity)}`).join(', ')}</td>
                    <td className="nowrap">{formatLocalStamp(reservation.createdAt)}</td>
                    <td className="table__actions">
                      <Link className="button" to={detailHref(id)} aria-label={t('reservations.board.open', { name })}>
                        {t('reservations.board.openShort')}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {reservations.data && (reservations.data.total ?? 0) > PAGE_SIZE ? (
        <Pager page={page} total={reservations.data.total ?? 0} pageSize={PAGE_SIZE} onPage={setPage} />
      ) : null}
    </div>
  );
}
