import { http, HttpResponse } from 'msw';
import { db, earliest, movement, testSscc } from './data';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;
const NOW = '2026-02-01T12:00:00Z';
const upper = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');

function requireRole(...roles: string[]) {
  if (!db.currentUser) return problem(401, 'auth.unauthenticated', 'Authentication required');
  return db.currentUser.roles?.some((role) => roles.includes(role)) ? undefined : problem(403, 'auth.forbidden', 'Forbidden');
}

/** Goods receipt: the whole saga at once (create, book from SUPPLIER, seal, queue the label). */
export const receiptHandlers = [
  http.post(api('/receipts'), async ({ request }) => {
    const denied = requireRole('Operator', 'Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as {
      commandId?: string;
      location?: string;
      type?: string | null;
      lines?: { sku: string; quantity: number; expiresOn?: string | null }[] | null;
      supplier?: string | null;
      deliveryReference?: string | null;
    };
    const location = upper(body.location);
    const lines = (body.lines ?? []).map((line) => ({ sku: upper(line.sku), quantity: line.quantity, expiresOn: line.expiresOn ?? null }));
    const errors: Record<string, string[]> = {};
    if (!body.commandId) errors.CommandId = ['A command id is required'];
    if (!location) errors.Location = ['Scan the bin the goods go to'];
    if (lines.length === 0) errors.Lines = ['Add at least one item'];
    lines.forEach((line, index) => {
      if (!(line.quantity > 0)) errors[`Lines[${String(index)}].Quantity`] = ['Quantity must be above zero, with at most 3 decimals'];
      if (line.expiresOn !== null && !/^\d{4}-\d{2}-\d{2}$/.test(line.expiresOn)) errors[`Lines[${String(index)}].ExpiresOn`] = ['Not a date'];
    });
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    if (!db.locations.some((candidate) => candidate.code === location && candidate.kind === 'BIN')) {
      return problem(422, 'ledger.location_not_found', 'Location not found');
    }
    const unknown = lines.find((line) => !db.skus.some((sku) => sku.code === line.sku));
    if (unknown) return problem(422, 'ledger.sku_not_found', 'Item not found');
    const serial = db.nextSsccSerial++;
    const unit = {
      id: `40000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
      lpn: testSscc(serial),
      type: upper(body.type) || 'PALLET',
      status: 'SEALED',
      location,
      lines: lines.map(({ sku, quantity }) => ({ sku, quantity })),
      createdAt: NOW,
      updatedAt: NOW,
      // The unit's expiry date is the earliest of its lots'.
      expiresOn: earliest(lines.map((line) => line.expiresOn)),
    };
    db.handlingUnits.push(unit);
    for (const line of lines) {
      db.movements.push({
        ...movement(db.movements.length + 1, NOW, line.sku, line.quantity, 'SUPPLIER', location, 'RECEIPT', db.currentUser?.username ?? '', null),
        handlingUnitId: unit.id,
      });
    }
    const steps = ['CreateHandlingUnit', 'ReceiveLines', 'SealHandlingUnit', 'PrintLabel'].map((name) => ({ name, direction: 'forward', completedAt: NOW }));
    return HttpResponse.json(
      {
        id: body.commandId,
        status: 'completed',
        location,
        type: unit.type,
        lpn: unit.lpn,
        handlingUnitId: unit.id,
        lines,
        supplier: body.supplier ?? null,
        deliveryReference: upper(body.deliveryReference) || null,
        printJobId: '60000000-0000-4000-8000-000000000099',
        steps,
        errorCode: null,
        error: null,
        differences: [],
        createdBy: db.currentUser?.username ?? '',
        createdAt: NOW,
        updatedAt: NOW,
        resolution: null,
        resolvedBy: null,
      },
      { status: 201 },
    );
  }),
  http.get(api('/receipts/alerts'), () => requireRole('Manager', 'Administrator') ?? HttpResponse.json(db.receiptAlerts)),
  http.post(api('/receipts/:id/resolve'), async ({ params, request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as { commandId?: string; action?: string };
    if (body.action !== 'resume' && body.action !== 'reverse') {
      return problem(400, 'validation_failed', 'One or more validation errors occurred.', { Action: ['Action must be resume or reverse'] });
    }
    const receipt = db.receiptAlerts.find((candidate) => candidate.id === params.id);
    if (!receipt) return problem(404, 'receipt.not_found', 'Receipt not found');
    if (body.action === 'resume' && receipt.status === 'failed') {
      return problem(422, 'receipt.cannot_resume', 'A failed receipt can only be reversed');
    }
    db.receiptAlerts = db.receiptAlerts.filter((candidate) => candidate !== receipt);
    return HttpResponse.json({
      ...receipt,
      status: body.action === 'resume' ? 'completed' : 'compensated',
      resolution: body.action,
      resolvedBy: db.currentUser?.username ?? '',
    });
  }),
];
