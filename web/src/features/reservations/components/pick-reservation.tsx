import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { ScanField, type ResolvedScan, type ScanFieldHandle } from '@/components/ui/scan-field';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { useCommandId } from '@/lib/command-id';
import { parseQuantity, useQuantityFormat } from '@/lib/format';
import { useReservation } from '../api/get-reservation';
import { useReservations } from '../api/get-reservations';
import { usePickReservation } from '../api/pick-reservation';
import { useStartPicking } from '../api/start-picking';
import { nextLock, PICK_DESTINATIONS, type PickDestination, type Reservation, type ReservationLock } from '../api/types';
import { ReservationStatusBadge } from './reservation-status';

interface PickReservationProps {
  /** The reservation being picked; empty to choose one. */
  id: string;
  onOpen: (id: string) => void;
  onBack: () => void;
}

const nameOf = (reservation: Reservation) => reservation.reference || reservation.purpose || (reservation.id ?? '').slice(0, 8);

/** The operator's pick screen: choose a reservation, then pick its locks in walk order by scanning. */
export function PickReservation({ id, onOpen, onBack }: PickReservationProps) {
  return id ? <PickTask key={id} id={id} onBack={onBack} /> : <ChooseReservation onOpen={onOpen} />;
}

function ChooseReservation({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const picking = useReservations({ status: 'PICKING', page: 1, pageSize: 50 });
  const allocated = useReservations({ status: 'ALLOCATED', page: 1, pageSize: 50 });
  const start = useStartPicking();
  const { commandIdFor, settle } = useCommandId();
  const listProblem = useProblem(picking.error ?? allocated.error);
  const problem = useProblem(start.error);
  const [starting, setStarting] = useState<string | null>(null);

  const startPicking = (reservationId: string) => {
    setStarting(reservationId);
    const body = { id: reservationId, action: 'start-picking' };
    start.mutate(
      { id: reservationId, commandId: commandIdFor(body) },
      {
        onSettled: (_data, error) => {
          settle(error);
          setStarting(null);
        },
        onSuccess: () => onOpen(reservationId),
      },
    );
  };

  const rows = [...(picking.data?.items ?? []), ...(allocated.data?.items ?? [])].sort(
    (a, b) => (a.status === b.status ? (b.priority ?? 0) - (a.priority ?? 0) : a.status === 'PICKING' ? -1 : 1),
  );

  return (
    <div className="task">
      <ProblemAlert problem={listProblem} />
      <ProblemAlert problem={problem} />
      {picking.isPending || allocated.isPending ? <Spinner /> : null}
      {picking.data && allocated.data && rows.length === 0 ? <p className="muted">{t('reservations.pick.nothing')}</p> : null}
      {rows.length > 0 ? (
        <ul className="task-list" aria-label={t('reservations.pick.choose')}>
          {rows.map((reservation) => {
            const reservationId = reservation.id ?? '';
            const name = nameOf(reservation);
            return (
              <li key={reservationId} className="task-list__item">
                <div>
                  <strong>{name}</strong> <ReservationStatusBadge status={reservation.status} />
                  <p className="muted">
                    {t('reservations.pick.summary', { purpose: reservation.purpose ?? '', priority: reservation.priority ?? 0, lines: (reservation.lines ?? []).length })}
                  </p>
                </div>
                {reservation.status === 'PICKING' ? (
                  <Button variant="primary" className="button--large" onClick={() => onOpen(reservationId)} aria-label={t('reservations.pick.open', { name })}>
                    {t('reservations.pick.openShort')}
                  </Button>
                ) : (
                  <Button
                    variant="primary"
                    className="button--large"
                    onClick={() => startPicking(reservationId)}
                    disabled={start.isPending}
                    aria-label={t('reservations.pick.start', { name })}
                  >
                    {starting === reservationId ? t('common.saving') : t('reservations.pick.startShort')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

const lockKey = (lock: ReservationLock) => `${lock.location ?? ''}|${lock.sku ?? ''}|${lock.lpn ?? ''}|${String(lock.quantity ?? 0)}`;

function PickTask({ id, onBack }: { id: string; onBack: () => void }) {
  const { t } = useTranslation();
  const formatQuantity = useQuantityFormat();
  const scan = useRef<ScanFieldHandle>(null);
  const reservation = useReservation(id);
  const pick = usePickReservation();
  const start = useStartPicking();
  const { commandIdFor, settle } = useCommandId();
  const loadProblem = useProblem(reservation.error);
  const problem = useProblem(pick.error ?? start.error);
  const [scannedKey, setScannedKey] = useState<string | null>(null);
  const [quantity, setQuantity] = useState('');
  const [destination, setDestination] = useState<PickDestination | null>(null);
  const [picked, setPicked] = useState<string | null>(null);

  if (reservation.isPending) return <Spinner />;
  if (!reservation.data) return <ProblemAlert problem={loadProblem} />;
  const data = reservation.data;
  const name = nameOf(data);
  const lock = nextLock(data);
  const locks = (data.locks ?? []).filter((candidate) => candidate.kind === 'HARD');
  const position = lock ? locks.indexOf(lock) + 1 : locks.length;
  const scanned = lock !== undefined && scannedKey === lockKey(lock);
  const to: PickDestination = destination ?? ((data.purpose ?? '').startsWith('SALES') ? 'CUSTOMER' : 'PRODUCTION');

  const back = (
    <div className="form__actions">
      <Button onClick={onBack}>{t('reservations.pick.chooseAnother')}</Button>
    </div>
  );

  if (data.status === 'CONSUMED') {
    return (
      <div className="task">
        <Alert tone="success">
          <span className="task__success" data-testid="pick-done">
            {t('reservations.pick.done', { name })}
          </span>
        </Alert>
        {back}
      </div>
    );
  }

  if (data.status === 'ALLOCATED') {
    const startPicking = () => {
      const body = { id, action: 'start-picking' };
      start.mutate({ id, commandId: commandIdFor(body) }, { onSettled: (_data, error) => settle(error) });
    };
    return (
      <div className="task">
        <ProblemAlert problem={problem} />
        <p>{t('reservations.pick.notStarted', { name })}</p>
        <div className="form__actions">
          <Button variant="primary" className="button--large" onClick={startPicking} disabled={start.isPending}>
            {start.isPending ? t('common.saving') : t('reservations.pick.startShort')}
          </Button>
          <Button onClick={onBack}>{t('reservations.pick.chooseAnother')}</Button>
        </div>
      </div>
    );
  }

  if (data.status !== 'PICKING' || !lock) {
    return (
      <div className="task">
        <ProblemAlert problem={problem} />
        <Alert tone="info">
          {t('reservations.pick.notPicking', { name })} <ReservationStatusBadge status={data.status} />
        </Alert>
        {back}
      </div>
    );
  }

  const onScan = (scannedCode: ResolvedScan) => {
    pick.reset();
    setPicked(null);
    if (lock.lpn) {
      if (scannedCode.kind !== 'hu') return undefined;
      if (scannedCode.lpn !== lock.lpn) throw new Error(t('reservations.pick.wrongUnit', { expected: lock.lpn }));
      setScannedKey(lockKey(lock));
      setQuantity(String(lock.quantity ?? ''));
      return t('reservations.pick.unitOk', { lpn: lock.lpn });
    }
    if (scannedCode.kind !== 'bin') return undefined;
    if (scannedCode.code !== lock.location) throw new Error(t('reservations.pick.wrongBin', { expected: lock.location ?? '' }));
    setScannedKey(lockKey(lock));
    setQuantity(String(lock.quantity ?? ''));
    return t('reservations.pick.binOk', { bin: lock.location ?? '' });
  };

  const amount = parseQuantity(quantity);
  const quantityError =
    scanned && quantity.trim() !== '' && !(amount > 0 && amount <= (lock.quantity ?? 0))
      ? t('reservations.pick.quantityRange', { max: formatQuantity(lock.quantity) })
      : undefined;

  const confirm = () => {
    if (!scanned || quantityError || !(amount > 0)) return;
    const body = {
      location: lock.location ?? '',
      sku: lock.sku ?? '',
      quantity: amount,
      lpn: lock.lpn ?? null,
      toLocation: to,
    };
    pick.mutate(
      { id, ...body, commandId: commandIdFor({ id, ...body }) },
      {
        onSettled: (_data, error) => {
          settle(error);
          scan.current?.focus();
        },
        onSuccess: () => {
          setScannedKey(null);
          setQuantity('');
          setPicked(t('reservations.pick.picked', { quantity: formatQuantity(amount), sku: body.sku, to: t(`reservations.destinations.${to}`) }));
          scan.current?.signal('ok');
        },
        onError: () => scan.current?.signal('error'),
      },
    );
  };

  return (
    <div className="task">
      <ProblemAlert problem={problem} />
      {picked ? (
        <Alert tone="success">
          <span className="task__success">{picked}</span>
        </Alert>
      ) : null}
      <p className="muted">
        {name} · {t('reservations.pick.progress', { position, count: locks.length })}
      </p>
      <section className="hu-card" aria-label={t('reservations.pick.next')} data-testid="pick-next">
        <dl className="facts">
          <div className="facts__row">
            <dt>{t('reservations.fields.bin')}</dt>
            <dd>
              <code data-testid="pick-bin">{lock.location}</code>
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('reservations.fields.sku')}</dt>
            <dd>
              <code data-testid="pick-sku">{lock.sku}</code>
            </dd>
          </div>
          <div className="facts__row">
            <dt>{t('reservations.fields.unit')}</dt>
            <dd>{lock.lpn ? <code data-testid="pick-lpn">{lock.lpn}</code> : t('reservations.loose')}</dd>
          </div>
          <div className="facts__row">
            <dt>{t('reservations.fields.quantity')}</dt>
            <dd data-testid="pick-quantity">{formatQuantity(lock.quantity)}</dd>
          </div>
        </dl>
      </section>
      <ScanField
        ref={scan}
        label={lock.lpn ? t('reservations.pick.scanUnit') : t('reservations.pick.scanBin')}
        accept={lock.lpn ? ['hu'] : ['bin']}
        onScan={onScan}
      />
      {scanned ? (
        <div className="task__confirm">
          <TextField
            label={t('reservations.pick.confirmQuantity')}
            name="quantity"
            inputMode="decimal"
            value={quantity}
            onChange={(event) => setQuantity(event.target.value)}
            errors={quantityError ? [quantityError] : problem.fieldErrors('quantity')}
          />
          <SelectField
            label={t('reservations.pick.destination')}
            name="toLocation"
            value={to}
            onChange={(event) => setDestination(event.target.value as PickDestination)}
            options={PICK_DESTINATIONS.map((value) => ({ value, label: t(`reservations.destinations.${value}`) }))}
          />
          <div className="form__actions">
            <Button
              variant="primary"
              className="button--large"
              onClick={confirm}
              disabled={pick.isPending || Boolean(quantityError) || !(amount > 0)}
            >
              {pick.isPending
                ? t('common.saving')
                : t('reservations.pick.confirm', { quantity: formatQuantity(amount), sku: lock.sku ?? '', to: t(`reservations.destinations.${to}`) })}
            </Button>
          </div>
        </div>
      ) : null}
      {back}
    </div>
  );
}
