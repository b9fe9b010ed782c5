import { http, HttpResponse } from 'msw';
import { normaliseSscc } from '@/lib/scan/sscc';
import { db, earliest, movement, testSscc } from './data';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;
const NOW = '2026-02-01T12:00:00Z';
const TYPES = ['PALLET', 'BOX', 'BAG', 'UNIT'];

type Unit = (typeof db.handlingUnits)[number];
type Json = Record<string, unknown>;

const upper = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');
const invalid = (errors: Record<string, string[]>) => problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);

function requireOperator() {
  if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
  const allowed = ['Operator', 'Manager', 'Administrator'];
  return db.currentUser.roles?.some((role) => allowed.includes(role)) ? undefined : problem(403, 'auth.forbidden', 'Forbidden');
}

function find(lpn: unknown): Unit | undefined {
  const normalised = normaliseSscc(String(lpn));
  return db.handlingUnits.find((unit) => unit.lpn === normalised);
}

const notFound = (lpn: unknown) => problem(404, 'hu.not_found', `Handling unit not found`, undefined, `There is no handling unit '${String(lpn)}'.`);

function bin(code: string) {
  return db.locations.find((location) => location.code === code && !location.retired);
}

function active(unit: Unit) {
  return unit.status === 'OPEN' || unit.status === 'SEALED';
}

function record(unit: Unit, event: string, details: unknown = null) {
  unit.updatedAt = NOW;
  const events = (db.handlingUnitEvents[unit.lpn ?? ''] ??= []);
  events.push({ sequence: events.length + 1, event, status: unit.status, location: unit.location, operator: db.currentUser?.username ?? '', occurredAt: NOW, details });
}

function moveStock(sku: string, quantity: number, from: string, to: string, unit: Unit) {
  const sequence = db.movements.length + 1;
  const recorded = { ...movement(sequence, NOW, sku, quantity, from, to, 'TRANSFER', db.currentUser?.username ?? '', null), handlingUnitId: unit.id };
  db.movements.push(recorded);
  return recorded;
}

function setLine(unit: Unit, sku: string, delta: number) {
  const lines = unit.lines ?? [];
  const line = lines.find((candidate) => candidate.sku === sku);
  if (line) line.quantity = (line.quantity ?? 0) + delta;
  else lines.push({ sku, quantity: delta });
  unit.lines = lines.filter((candidate) => (candidate.quantity ?? 0) > 0);
}

function requireOpen(unit: Unit) {
  if (unit.status === 'SEALED') return problem(422, 'hu.sealed', 'Cannot modify sealed HU');
  if (unit.status !== 'OPEN') return problem(422, 'hu.not_active', 'Handling unit is closed');
  return undefined;
}

function roomIn(code: string) {
  const location = bin(code);
  if (!location) return problem(422, 'ledger.location_not_found', 'Location not found');
  const capacity = location.capacityHandlingUnits;
  const present = db.handlingUnits.filter((unit) => unit.location === code && active(unit)).length;
  if (capacity !== null && capacity !== undefined && present >= capacity) return problem(422, 'hu.capacity_exceeded', 'Bin capacity exceeded');
  return undefined;
}

function newUnit(type: string, status: string, location: string): Unit {
  const serial = db.nextSsccSerial++;
  return {
    id: `40000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    lpn: testSscc(serial),
    type,
    status,
    location,
    lines: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
}

const operation = (units: Unit[], movements: ReturnType<typeof moveStock>[] = [], status = 200) =>
  HttpResponse.json({ units, movements }, { status });

/** Handling units, close enough to the contract for component tests. */
export const handlingUnitHandlers = [
  http.get(api('/skus/:code'), ({ params }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const found = db.skus.find((candidate) => candidate.code === upper(params.code));
    return found ? HttpResponse.json(found) : problem(404, 'catalog.sku_not_found', 'Item not found');
  }),
  http.get(api('/handling-units'), ({ request }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const url = new URL(request.url);
    const location = upper(url.searchParams.get('location'));
    const sku = upper(url.searchParams.get('sku'));
    const status = upper(url.searchParams.get('status'));
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '50');
    const matching = db.handlingUnits
      .filter((unit) => !location || unit.location === location)
      .filter((unit) => !sku || (unit.lines ?? []).some((line) => line.sku === sku))
      .filter((unit) => (status ? unit.status === status : active(unit)))
      .sort((a, b) => (a.lpn ?? '').localeCompare(b.lpn ?? ''));
    return HttpResponse.json({ items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize });
  }),
  http.get(api('/handling-units/:lpn'), ({ params }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    return find(params.lpn) ? HttpResponse.json(find(params.lpn)) : notFound(params.lpn);
  }),
  http.get(api('/handling-units/:lpn/history'), ({ params }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    return HttpResponse.json({
      unit,
      events: [...(db.handlingUnitEvents[unit.lpn ?? ''] ?? [])].reverse(),
      movements: db.movements.filter((candidate) => candidate.handlingUnitId === unit.id).reverse(),
    });
  }),
  http.get(api('/handling-units/:lpn/label'), ({ params }) => {
    if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    if (unit.status !== 'SEALED') return problem(422, 'hu.not_sealed', 'Only sealed units have a label');
    return HttpResponse.json({
      lpn: unit.lpn,
      label: {
        handlingUnitId: unit.id,
        sscc: unit.lpn,
        type: unit.type,
        location: unit.location,
        lines: (unit.lines ?? []).map((line) => ({
          sku: line.sku,
          name: db.skus.find((sku) => sku.code === line.sku)?.name ?? null,
          quantity: line.quantity,
          unitOfMeasure: 'EA',
        })),
        date: unit.updatedAt,
        receiptReference: null,
        expiresOn: unit.expiresOn ?? null,
      },
      zpl: `^XA^FO60,910^BY3,3,200^BCN,200,N,N,N^FD>;>800${unit.lpn ?? ''}^FS^XZ`,
    });
  }),
  http.post(api('/handling-units/:lpn/reprint'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    if (unit.status !== 'SEALED') return problem(422, 'hu.not_sealed', 'Only sealed units have a label');
    const job = {
      id: String(body.commandId),
      handlingUnitId: unit.id,
      sscc: unit.lpn,
      printer: typeof body.printer === 'string' ? body.printer : null,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      createdAt: NOW,
      printedAt: null,
      requestedBy: db.currentUser?.username ?? '',
    };
    db.printJobs.unshift(job);
    return HttpResponse.json(job);
  }),
  http.post(api('/handling-units'), async ({ request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const type = upper(body.type);
    const location = upper(body.location);
    const errors: Record<string, string[]> = {};
    if (!body.commandId) errors.CommandId = ['A command id is required'];
    if (!TYPES.includes(type)) errors.Type = [`Type must be one of: ${TYPES.join(', ')}`];
    if (!location) errors.Location = ['Scan or enter the bin'];
    if (Object.keys(errors).length > 0) return invalid(errors);
    const full = roomIn(location);
    if (full) return full;
    const unit = newUnit(type, 'OPEN', location);
    db.handlingUnits.push(unit);
    record(unit, 'Created');
    return operation([unit], [], 201);
  }),
  http.post(api('/handling-units/:lpn/lines'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    const quantity = Number(body.quantity);
    const sku = upper(body.sku);
    if (!(quantity > 0)) return invalid({ Quantity: ['Quantity must be above zero, with at most 3 decimals'] });
    const closed = requireOpen(unit);
    if (closed) return closed;
    const from = upper(body.fromLocation) || (unit.location ?? '');
    const loose = db.balances.find((balance) => balance.location === from && balance.sku === sku);
    if (!db.skus.some((candidate) => candidate.code === sku)) return problem(422, 'ledger.sku_not_found', 'Item not found');
    if (from !== 'SUPPLIER' && (loose?.quantity ?? 0) < quantity) return problem(422, 'ledger.insufficient_balance', 'Insufficient balance');
    if (loose && from !== 'SUPPLIER') loose.quantity = (loose.quantity ?? 0) - quantity;
    if (typeof body.expiresOn === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(body.expiresOn)) return invalid({ ExpiresOn: ['Not a date'] });
    setLine(unit, sku, quantity);
    unit.expiresOn = earliest([unit.expiresOn, typeof body.expiresOn === 'string' ? body.expiresOn : null]);
    record(unit, 'LineAdded', { sku, quantity, from });
    return operation([unit], [moveStock(sku, quantity, from, unit.location ?? '', unit)]);
  }),
  http.post(api('/handling-units/:lpn/lines/remove'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    const quantity = Number(body.quantity);
    const sku = upper(body.sku);
    if (!(quantity > 0)) return invalid({ Quantity: ['Quantity must be above zero, with at most 3 decimals'] });
    const closed = requireOpen(unit);
    if (closed) return closed;
    const has = unit.lines?.find((line) => line.sku === sku)?.quantity ?? 0;
    if (has < quantity) return problem(422, 'hu.insufficient_quantity', 'Not enough in the handling unit');
    const to = upper(body.toLocation) || (unit.location ?? '');
    setLine(unit, sku, -quantity);
    record(unit, 'LineRemoved', { sku, quantity, to });
    return operation([unit], [moveStock(sku, quantity, unit.location ?? '', to, unit)]);
  }),
  http.post(api('/handling-units/:lpn/seal'), ({ params }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    const closed = requireOpen(unit);
    if (closed) return closed;
    if ((unit.lines ?? []).length === 0) return problem(422, 'hu.empty', 'Cannot seal an empty HU');
    unit.status = 'SEALED';
    record(unit, 'Sealed');
    return operation([unit]);
  }),
  http.post(api('/handling-units/:lpn/move'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    const to = upper(body.toLocation);
    if (!to) return invalid({ ToLocation: ['Scan or enter the destination'] });
    if (!active(unit)) return problem(422, 'hu.not_active', 'Handling unit is closed');
    if (unit.location === to) return problem(422, 'hu.already_there', 'Handling unit is already there');
    const full = roomIn(to);
    if (full) return full;
    const from = unit.location ?? '';
    unit.location = to;
    const movements = (unit.lines ?? []).map((line) => moveStock(line.sku ?? '', line.quantity ?? 0, from, to, unit));
    record(unit, 'Moved', { from, to });
    return operation([unit], movements);
  }),
  http.post(api('/handling-units/:lpn/split'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as { type?: string | null; lines?: { sku: string; quantity: number }[] };
    const unit = find(params.lpn);
    if (!unit) return notFound(params.lpn);
    const lines = body.lines ?? [];
    if (lines.length === 0) return invalid({ Lines: ['Choose at least one line to split off'] });
    if (!active(unit)) return problem(422, 'hu.not_active', 'Handling unit is closed');
    for (const line of lines) {
      if (!(line.quantity > 0)) return problem(422, 'hu.quantity_not_positive', 'Quantity must be greater than zero');
      const has = unit.lines?.find((candidate) => candidate.sku === line.sku)?.quantity ?? 0;
      if (has < line.quantity) return problem(422, 'hu.insufficient_quantity', 'Not enough in the handling unit');
    }
    const created = newUnit(upper(body.type) || (unit.type ?? 'BOX'), unit.status ?? 'OPEN', unit.location ?? '');
    created.expiresOn = unit.expiresOn ?? null;
    for (const line of lines) {
      setLine(unit, line.sku, -line.quantity);
      setLine(created, line.sku, line.quantity);
    }
    if ((unit.lines ?? []).length === 0) unit.status = 'EMPTY';
    db.handlingUnits.push(created);
    record(unit, 'Split', { into: created.lpn });
    record(created, 'CreatedBySplit', { from: unit.lpn });
    return operation([unit, created]);
  }),
  http.post(api('/handling-units/:lpn/merge'), async ({ params, request }) => {
    const denied = requireOperator();
    if (denied) return denied;
    const body = (await request.json()) as { sourceLpns?: string[] };
    const target = find(params.lpn);
    if (!target) return notFound(params.lpn);
    const closed = requireOpen(target);
    if (closed) return closed;
    const sourceLpns = body.sourceLpns ?? [];
    if (sourceLpns.length === 0 || sourceLpns.includes(target.lpn ?? '')) return problem(422, 'hu.merge_sources', 'Choose other handling units');
    const sources: Unit[] = [];
    for (const lpn of sourceLpns) {
      const source = find(lpn);
      if (!source) return notFound(lpn);
      if (source.location !== target.location) return problem(422, 'hu.not_same_location', 'Handling units are in different bins');
      sources.push(source);
    }
    target.expiresOn = earliest([target.expiresOn, ...sources.map((source) => source.expiresOn)]);
    for (const source of sources) {
      for (const line of source.lines ?? []) setLine(target, line.sku ?? '', line.quantity ?? 0);
      source.lines = [];
      source.status = 'EMPTY';
      record(source, 'MergedInto', { target: target.lpn });
    }
    record(target, 'Merged', { sources: sourceLpns });
    return operation([target, ...sources]);
  }),
];
