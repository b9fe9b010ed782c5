import { http, HttpResponse } from 'msw';
import { db, reservationId } from './data';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;
const NOW = '2026-02-01T12:00:00Z';
const upper = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');

type Reservation = (typeof db.reservations)[number];
type Lock = NonNullable<Reservation['locks']>[number];

function requireRole(...roles: string[]) {
  if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
  return db.currentUser.roles?.some((role) => roles.includes(role)) ? undefined : problem(403, 'auth.forbidden', 'Forbidden');
}

const PLANNERS = ['Manager', 'Administrator'];
const PICKERS = ['Operator', 'Manager', 'Administrator'];

function record(reservation: Reservation, type: string, status: string, reason: string | null = null) {
  reservation.version = (reservation.version ?? 0) + 1;
  reservation.status = status;
  reservation.updatedAt = NOW;
  reservation.events = [
    ...(reservation.events ?? []),
    { version: reservation.version, type, status, reason, operator: db.currentUser?.username ?? '', occurredAt: NOW },
  ];
}

/** A small allocation: each line SOFT-locks loose stock from the first bin holding enough of the item, else PENDING. */
function allocate(reservation: Reservation) {
  const locks: Lock[] = [];
  for (const line of reservation.lines ?? []) {
    const balance = db.balances.find((candidate) => candidate.physical && candidate.sku === line.sku && (candidate.quantity ?? 0) >= (line.quantity ?? 0));
    if (!balance) {
      const reason = `Not enough ${line.sku ?? ''} in stock`;
      reservation.reason = reason;
      reservation.locks = [];
      record(reservation, 'AllocationFailed', 'PENDING', reason);
      return;
    }
    locks.push({ location: balance.location, sku: line.sku, handlingUnitId: null, lpn: null, quantity: line.quantity ?? 0, kind: 'SOFT' });
  }
  reservation.reason = null;
  reservation.locks = locks;
  record(reservation, 'ReservationAllocated', 'ALLOCATED');
}

const invalidTransition = (reservation: Reservation) =>
  problem(422, 'reservation.invalid_transition', 'Not possible in this state', undefined, `The reservation is ${reservation.status ?? ''}.`);

function find(id: unknown) {
  return db.reservations.find((candidate) => candidate.id === id);
}

const notFound = () => problem(404, 'reservation.not_found', 'Reservation not found');

/** Reservations: create (allocation at once), list, bump log, get, allocate, start picking, cancel, pick. */
export const reservationHandlers = [
  // Before /reservations/:id, which would take "bumps" for an id.
  http.get(api('/reservations/bumps'), () => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    if (!db.myFlags.enable_reservation_engine) return problem(403, 'feature.disabled', 'Feature disabled');
    return HttpResponse.json([...db.bumps].sort((a, b) => (b.occurredAt ?? '').localeCompare(a.occurredAt ?? '')));
  }),
  http.get(api('/reservations'), ({ request }) => {
    const denied = requireRole(...PICKERS, 'Accountant');
    if (denied) return denied;
    const url = new URL(request.url);
    const status = upper(url.searchParams.get('status'));
    const minPriority = Number(url.searchParams.get('minPriority') ?? '1');
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '25');
    const matching = db.reservations
      .filter((candidate) => (!status || candidate.status === status) && (candidate.priority ?? 0) >= minPriority)
      .sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0));
    return HttpResponse.json({ items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize });
  }),
  http.get(api('/reservations/:id'), ({ params }) => {
    const denied = requireRole(...PICKERS, 'Accountant');
    if (denied) return denied;
    const reservation = find(params.id);
    return reservation ? HttpResponse.json(reservation) : notFound();
  }),
  http.post(api('/reservations'), async ({ request }) => {
    const denied = requireRole(...PLANNERS);
    if (denied) return denied;
    const body = (await request.json()) as { commandId?: string; purpose?: string; reference?: string | null; priority?: number; lines?: { sku?: string; quantity?: number }[] | null };
    const errors: Record<string, string[]> = {};
    if (!upper(body.purpose)) errors.Purpose = ['Say what the stock is for (e.g. SALES_ORDER, PRODUCTION_ORDER)'];
    if (!(typeof body.priority === 'number' && body.priority >= 1 && body.priority <= 10)) errors.Priority = ['Priority is 1 (lowest) to 10 (highest)'];
    const lines = (body.lines ?? []).map((line) => ({ sku: upper(line.sku), quantity: line.quantity ?? 0 }));
    if (lines.length === 0) errors.Lines = ['Add at least one line'];
    lines.forEach((line, index) => {
      if (!line.sku) errors[`Lines[${String(index)}].Sku`] = ['Enter the item'];
      if (!(line.quantity > 0)) errors[`Lines[${String(index)}].Quantity`] = ['Quantity must be above zero'];
    });
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    const reservation: Reservation = {
      id: body.commandId ?? reservationId(db.reservations.length + 1),
      purpose: upper(body.purpose),
      reference: body.reference?.trim() || null,
      priority: body.priority ?? 5,
      status: 'PENDING',
      version: 0,
      lines,
      locks: [],
      reason: null,
      events: [],
      createdAt: NOW,
      updatedAt: NOW,
    };
    record(reservation, 'ReservationCreated', 'PENDING');
    allocate(reservation);
    db.reservations.push(reservation);
    return HttpResponse.json(reservation, { status: 201 });
  }),
  http.post(api('/reservations/:id/allocate'), ({ params }) => {
    const denied = requireRole(...PLANNERS);
    if (denied) return denied;
    const reservation = find(params.id);
    if (!reservation) return notFound();
    if (reservation.status !== 'PENDING' && reservation.status !== 'BUMPED') return invalidTransition(reservation);
    allocate(reservation);
    return HttpResponse.json(reservation);
  }),
  http.post(api('/reservations/:id/start-picking'), ({ params }) => {
    const denied = requireRole(...PICKERS);
    if (denied) return denied;
    const reservation = find(params.id);
    if (!reservation) return notFound();
    if (db.hardLockedReservations.includes(reservation.id ?? '')) {
      return problem(409, 'reservation.hard_locked', 'Stock hard-locked by another reservation', undefined, 'Stock being picked is never bumped or taken.');
    }
    if (reservation.status !== 'ALLOCATED') return invalidTransition(reservation);
    reservation.locks = (reservation.locks ?? []).map((lock) => ({ ...lock, kind: 'HARD' }));
    record(reservation, 'PickingStarted', 'PICKING');
    return HttpResponse.json(reservation);
  }),
  http.post(api('/reservations/:id/cancel'), async ({ params, request }) => {
    const denied = requireRole(...PLANNERS);
    if (denied) return denied;
    const body = (await request.json()) as { commandId?: string; reason?: string };
    if (!body.reason?.trim()) return problem(400, 'validation_failed', 'One or more validation errors occurred.', { Reason: ['Say why'] });
    const reservation = find(params.id);
    if (!reservation) return notFound();
    if (reservation.status === 'CONSUMED' || reservation.status === 'CANCELLED') return invalidTransition(reservation);
    reservation.locks = [];
    reservation.reason = body.reason.trim();
    record(reservation, 'ReservationCancelled', 'CANCELLED', reservation.reason);
    return HttpResponse.json(reservation);
  }),
  http.post(api('/reservations/:id/picks'), async ({ params, request }) => {
    const denied = requireRole(...PICKERS);
    if (denied) return denied;
    const body = (await request.json()) as { commandId?: string; location?: string; sku?: string; quantity?: number; lpn?: string | null; toLocation?: string };
    const reservation = find(params.id);
    if (!reservation) return notFound();
    if (reservation.status !== 'PICKING') {
      return problem(422, 'reservation.not_picking', 'Reservation not in picking state', undefined, `The reservation is ${reservation.status ?? ''}.`);
    }
    const toLocation = upper(body.toLocation) || 'PRODUCTION';
    if (toLocation !== 'PRODUCTION' && toLocation !== 'CUSTOMER') {
      return problem(400, 'validation_failed', 'One or more validation errors occurred.', { ToLocation: ['Picks go to PRODUCTION or CUSTOMER'] });
    }
    const quantity = body.quantity ?? 0;
    const lock = (reservation.locks ?? []).find(
      (candidate) =>
        candidate.kind === 'HARD' &&
        candidate.location === upper(body.location) &&
        candidate.sku === upper(body.sku) &&
        (candidate.lpn ?? null) === (body.lpn ?? null) &&
        (candidate.quantity ?? 0) >= quantity,
    );
    if (!lock || !(quantity > 0)) return problem(422, 'reservation.pick_failed', 'Pick failed');
    lock.quantity = (lock.quantity ?? 0) - quantity;
    // The last pick consumes the reservation; the others are recorded.
    if ((reservation.locks ?? []).every((candidate) => (candidate.quantity ?? 0) <= 0)) record(reservation, 'ReservationConsumed', 'CONSUMED');
    else record(reservation, 'PickRecorded', 'PICKING', `${String(quantity)} × ${lock.sku ?? ''} from ${lock.location ?? ''} to ${toLocation}`);
    return HttpResponse.json(reservation);
  }),
];
