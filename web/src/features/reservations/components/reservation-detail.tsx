import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { formatLocalStamp, useQuantityFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useAllocateReservation } from '../api/allocate-reservation';
import { useCancelReservation } from '../api/cancel-reservation';
import { useReservation } from '../api/get-reservation';
import { useStartPicking } from '../api/start-picking';
import { canAllocate, canCancel, canStartPicking } from '../api/types';
import { ReservationStatusBadge, useStatusName } from './reservation-status';

type Action = 'allocate' | 'startPicking' | 'cancel';

/** One reservation: its lines, its locks in walk order, its event history, and the manager's actions. */
export function ReservationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const statusName = useStatusName();
  const formatQuantity = useQuantityFormat();
  const reservation = useReservation(id);
  const allocate = useAllocateReservation();
  const startPicking = useStartPicking();
  const cancel = useCancelReservation();
  const { commandIdFor, settle } = useCommandId();
  const [lastAction, setLastAction] = useState<Action | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const loadProblem = useProblem(reservation.error);
  const actionError = lastAction === 'allocate' ? allocate.error : lastAction === 'startPicking' ? startPicking.error : null;
  const problem = useProblem(actionError);
  const cancelProblem = useProblem(cancel.error);
  const busy = allocate.isPending || startPicking.isPending || cancel.isPending;

  const begin = (action: Action) => {
    allocate.reset();
    startPicking.reset();
    cancel.reset();
    setDone(null);
    setLastAction(action);
  };

  const run = (action: 'allocate' | 'startPicking') => {
    begin(action);
    const mutation = action === 'allocate' ? allocate : startPicking;
    const body = { id, action };
    mutation.mutate(
      { id, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: (result) => setDone(t(`reservations.detail.${action}Done`, { status: statusName(result.status) })),
      },
    );
  };

  const submitCancel = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { id, action: 'cancel', reason: reason.trim() };
    cancel.mutate(
      { id, reason: body.reason, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => settle(error),
        onSuccess: () => {
          setAsking(false);
          setReason('');
          setDone(t('reservations.detail.cancelDone'));
        },
      },
    );
  };

  if (reservation.isPending && id) return <Spinner />;
  if (!reservation.data) return <ProblemAlert problem={loadProblem} />;
  const data = reservation.data;
  const status = data.status;
  const lines = data.lines ?? [];
  const locks = data.locks ?? [];
  const events = data.events ?? [];
  const eventName = (type: string | null | undefined) => translateDynamic(t, `reservations.events.${type ?? ''}`, type ?? '');

  return (
    <div className="stack" data-testid="reservation-detail">
      <ProblemAlert problem={problem} />
      {done ? <Alert tone="success">{done}</Alert> : null}
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('reservations.fields.status')}</dt>
          <dd>
            <ReservationStatusBadge status={status} />
          </dd>
        </div>
        <div className="facts__row">
          <dt>{t('reservations.fields.purpose')}</dt>
          <dd>{data.purpose}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('reservations.fields.reference')}</dt>
          <dd>{data.reference || t('common.none')}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('reservations.fields.priority')}</dt>
          <dd>{data.priority}</dd>
        </div>
        {data.reason ? (
          <div className="facts__row">
            <dt>{t('reservations.fields.reason')}</dt>
            <dd>{data.reason}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>{t('reservations.fields.updatedAt')}</dt>
          <dd>{formatLocalStamp(data.updatedAt)}</dd>
        </div>
      </dl>
      <div className="form__actions">
        {canAllocate(status) ? (
          <Button variant="primary" onClick={() => run('allocate')} disabled={busy}>
            {allocate.isPending ? t('common.saving') : t('reservations.detail.allocate')}
          </Button>
        ) : null}
        {canStartPicking(status) ? (
          <Button variant="primary" onClick={() => run('startPicking')} disabled={busy}>
            {startPicking.isPending ? t('common.saving') : t('reservations.detail.startPicking')}
          </Button>
        ) : null}
        {canCancel(status) ? (
          <Button
            variant="danger"
            onClick={() => {
              begin('cancel');
              setAsking(true);
            }}
            disabled={busy}
          >
            {t('reservations.detail.cancel')}
          </Button>
        ) : null}
      </div>
      <Section title={t('reservations.fields.lines')}>
        <table className="table" aria-label={t('reservations.fields.lines')}>
          <thead>
            <tr>
              <th scope="col">{t('reservations.fields.sku')}</th>
              <th scope="col">{t('reservations.fields.quantity')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, index) => (
              <tr key={`${String(index)}-${line.sku ?? ''}`}>
                <td>
                  <code>{line.sku}</code>
                </td>
                <td className="num">{formatQuantity(line.quantity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section title={t('reservations.detail.locks')}>
        {locks.length === 0 ? (
          <p className="muted">{t('reservations.detail.noLocks')}</p>
        ) : (
          <table className="table" aria-label={t('reservations.detail.locks')}>
            <thead>
              <tr>
                <th scope="col">{t('reservations.fields.bin')}</th>
                <th scope="col">{t('reservations.fields.sku')}</th>
                <th scope="col">{t('reservations.fields.unit')}</th>
                <th scope="col">{t('reservations.fields.quantity')}</th>
                <th scope="col">{t('reservations.fields.kind')}</th>
              </tr>
            </thead>
            <tbody>
              {locks.map((lock, index) => (
                <tr key={`${String(index)}-${lock.location ?? ''}-${lock.sku ?? ''}-${lock.lpn ?? ''}`}>
                  <td>
                    <code>{lock.location}</code>
                  </td>
                  <td>
                    <code>{lock.sku}</code>
                  </td>
                  <td>{lock.lpn ? <code>{lock.lpn}</code> : <span className="muted">{t('reservations.loose')}</span>}</td>
                  <td className="num">{formatQuantity(lock.quantity)}</td>
                  <td>
                    <span className={`badge lock-kind--${(lock.kind ?? '').toLowerCase()}`}>
                      {translateDynamic(t, `reservations.lockKinds.${lock.kind ?? ''}`, lock.kind ?? '')}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title={t('reservations.detail.history')}>
        <table className="table" aria-label={t('reservations.detail.history')}>
          <thead>
            <tr>
              <th scope="col">{t('reservations.detail.version')}</th>
              <th scope="col">{t('reservations.detail.when')}</th>
              <th scope="col">{t('reservations.detail.event')}</th>
              <th scope="col">{t('reservations.fields.status')}</th>
              <th scope="col">{t('reservations.fields.reason')}</th>
              <th scope="col">{t('reservations.detail.operator')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.version}>
                <td className="num">{event.version}</td>
                <td className="nowrap">{formatLocalStamp(event.occurredAt)}</td>
                <td>{eventName(event.type)}</td>
                <td>{statusName(event.status)}</td>
                <td>{event.reason ?? ''}</td>
                <td>{event.operator}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      {asking ? (
        <Dialog title={t('reservations.detail.cancelTitle')} onClose={() => setAsking(false)}>
          <form className="form" onSubmit={submitCancel} noValidate aria-label={t('reservations.detail.cancelTitle')}>
            <ProblemAlert problem={cancelProblem} fields={['reason']} />
            <TextField
              label={t('reservations.fields.reason')}
              name="reason"
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              errors={cancelProblem.fieldErrors('reason')}
              required
            />
            <div className="form__actions">
              <Button type="submit" variant="danger" disabled={cancel.isPending || reason.trim() === ''}>
                {cancel.isPending ? t('common.saving') : t('reservations.detail.confirmCancel')}
              </Button>
              <Button onClick={() => setAsking(false)} disabled={cancel.isPending}>
                {t('common.close')}
              </Button>
            </div>
          </form>
        </Dialog>
      ) : null}
    </div>
  );
}
