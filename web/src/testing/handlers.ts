import { http, HttpResponse } from 'msw';
import { db, demoUsers, movement, testBin } from './data';
import { handlingUnitHandlers } from './handling-unit-handlers';
import { notificationHandlers } from './notification-handlers';
import { printJobHandlers } from './print-job-handlers';
import { receiptHandlers } from './receipt-handlers';
import { reservationHandlers } from './reservation-handlers';
import { problem } from './problems';

const api = (path: string) => `*/api/v1${path}`;

function requireUser() {
  return db.currentUser ? undefined : problem(401, 'auth.unauthenticated', 'Authentication required');
}

function requireAdmin() {
  return (
    requireUser() ??
    (db.currentUser?.roles?.includes('Administrator') ? undefined : problem(403, 'auth.forbidden', 'Forbidden'))
  );
}

function requireRole(...roles: string[]) {
  return (
    requireUser() ??
    (db.currentUser?.roles?.some((role) => roles.includes(role)) ? undefined : problem(403, 'auth.forbidden', 'Forbidden'))
  );
}

function paging(url: URL, defaultSize: number) {
  const page = Number(url.searchParams.get('page') ?? '1');
  const pageSize = Number(url.searchParams.get('pageSize') ?? String(defaultSize));
  return { page, pageSize, slice: <T>(rows: T[]) => rows.slice((page - 1) * pageSize, page * pageSize) };
}

const upper = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : '');

function balanceOf(location: string, sku: string) {
  return db.balances.find((balance) => balance.location === location && balance.sku === sku);
}

function addToBalance(location: string, sku: string, delta: number) {
  const physical = db.locations.find((candidate) => candidate.code === location)?.kind === 'BIN';
  const balance = balanceOf(location, sku);
  if (balance) {
    balance.quantity = (balance.quantity ?? 0) + delta;
    balance.updatedAt = '2026-02-01T12:00:00Z';
  } else {
    db.balances.push({ location, sku, quantity: delta, physical, updatedAt: '2026-02-01T12:00:00Z' });
  }
}

const passwords: Record<string, string> = {
  operator: 'operator-pass',
  manager: 'manager-pass',
  accountant: 'accountant-pass',
  admin: 'admin-pass',
};

type Json = Record<string, unknown>;

/** An in-memory stand-in for the API, close enough to the contract for component tests. */
export const handlers = [
  ...handlingUnitHandlers,
  ...receiptHandlers,
  ...printJobHandlers,
  ...reservationHandlers,
  ...notificationHandlers,
  http.post(api('/auth/login'), async ({ request }) => {
    const body = (await request.json()) as { username: string; password: string };
    const user = Object.values(demoUsers).find((candidate) => candidate.username === body.username);
    if (!user || passwords[user.username ?? ''] !== body.password) {
      return problem(401, 'auth.invalid_credentials', 'Invalid username or password');
    }
    db.currentUser = user;
    return HttpResponse.json(user);
  }),
  http.post(api('/auth/logout'), () => {
    db.currentUser = null;
    return new HttpResponse(null, { status: 204 });
  }),
  http.get(api('/auth/me'), () => requireUser() ?? HttpResponse.json(db.currentUser)),
  http.get(api('/feature-flags/me'), () => requireUser() ?? HttpResponse.json({ flags: db.myFlags })),
  http.get(api('/feature-flags'), () => requireAdmin() ?? HttpResponse.json(db.flags)),
  http.put(api('/feature-flags/:key'), async ({ params, request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const flag = db.flags.find((candidate) => candidate.key === params.key);
    if (!flag) return problem(404, 'feature.not_found', 'Feature flag not found');
    const before = { enabled: flag.enabled, rolloutPercentage: flag.rolloutPercentage, userWhitelist: flag.userWhitelist };
    Object.assign(flag, {
      enabled: body.enabled,
      rolloutPercentage: body.rolloutPercentage,
      userWhitelist: body.userWhitelist,
      updatedAt: '2026-02-01T12:00:00Z',
      updatedBy: db.currentUser?.username ?? null,
    });
    const after = { enabled: flag.enabled, rolloutPercentage: flag.rolloutPercentage, userWhitelist: flag.userWhitelist };
    const key = String(params.key);
    db.history[key] = [
      { changedAt: flag.updatedAt, changedBy: db.currentUser?.username ?? '', before, after },
      ...(db.history[key] ?? []),
    ];
    return HttpResponse.json(flag);
  }),
  http.get(api('/feature-flags/:key/history'), ({ params }) =>
    requireAdmin() ?? HttpResponse.json(db.history[String(params.key)] ?? []),
  ),
  http.get(api('/users'), () => requireAdmin() ?? HttpResponse.json(db.users)),
  http.get(api('/api-keys'), () => requireAdmin() ?? HttpResponse.json(db.apiKeys)),
  http.post(api('/api-keys'), async ({ request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const body = (await request.json()) as { name: string; roles: string[] };
    if (!body.name) return problem(400, 'validation_failed', 'Validation failed', { name: ['Name is required.'] });
    const apiKey = {
      id: `10000000-0000-4000-8000-00000000000${String(db.apiKeys.length + 1)}`,
      name: body.name,
      prefix: 'lkv_cd34',
      roles: body.roles,
      createdAt: '2026-02-01T12:00:00Z',
      createdBy: db.currentUser?.username ?? '',
      lastUsedAt: null,
      revokedAt: null,
    };
    db.apiKeys.push(apiKey);
    return HttpResponse.json({ apiKey, secret: 'lkv_cd34.s3cr3t-v4lue-shown-once' }, { status: 201 });
  }),
  http.get(api('/skus'), ({ request }) => {
    const denied = requireUser();
    if (denied) return denied;
    const url = new URL(request.url);
    const search = (url.searchParams.get('search') ?? '').toLowerCase();
    const page = Number(url.searchParams.get('page') ?? '1');
    const pageSize = Number(url.searchParams.get('pageSize') ?? '50');
    const matching = db.skus.filter(
      (sku) => (sku.code ?? '').toLowerCase().includes(search) || (sku.name ?? '').toLowerCase().includes(search),
    );
    return HttpResponse.json({
      items: matching.slice((page - 1) * pageSize, page * pageSize),
      total: matching.length,
      page,
      pageSize,
    });
  }),
  http.post(api('/skus'), async ({ request }) => {
    const denied = requireUser();
    if (denied) return denied;
    const body = (await request.json()) as { code: string; name: string; unitOfMeasure: string };
    const errors: Record<string, string[]> = {};
    if (!body.code) errors.Code = ['Code is required.'];
    if (!body.name) errors.Name = ['Name is required.'];
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    if (db.skus.some((sku) => sku.code === body.code)) {
      return problem(409, 'catalog.sku_code_taken', `SKU code ${body.code} is already taken`);
    }
    const sku = { ...body, createdAt: '2026-02-01T12:00:00Z' };
    db.skus.unshift(sku);
    return HttpResponse.json(sku, { status: 201 });
  }),
  http.get(api('/balances'), ({ request }) => {
    const denied = requireUser();
    if (denied) return denied;
    const url = new URL(request.url);
    const location = upper(url.searchParams.get('location'));
    const sku = upper(url.searchParams.get('sku'));
    const includeVirtual = url.searchParams.get('includeVirtual') === 'true';
    const { page, pageSize, slice } = paging(url, 100);
    const matching = db.balances
      .filter((balance) => balance.quantity !== 0 && (includeVirtual || balance.physical))
      .filter((balance) => (!location || balance.location === location) && (!sku || balance.sku === sku))
      .sort((a, b) => `${a.location ?? ''}|${a.sku ?? ''}`.localeCompare(`${b.location ?? ''}|${b.sku ?? ''}`));
    return HttpResponse.json({ items: slice(matching), total: matching.length, page, pageSize });
  }),
  http.get(api('/movements'), ({ request }) => {
    const denied = requireUser();
    if (denied) return denied;
    const url = new URL(request.url);
    const sku = upper(url.searchParams.get('sku'));
    const location = upper(url.searchParams.get('location'));
    const operator = url.searchParams.get('operator') ?? '';
    const type = upper(url.searchParams.get('movementType'));
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    const { page, pageSize, slice } = paging(url, 100);
    const matching = db.movements
      .filter((candidate) => !sku || candidate.sku === sku)
      .filter((candidate) => !location || candidate.fromLocation === location || candidate.toLocation === location)
      .filter((candidate) => !operator || candidate.operator === operator)
      .filter((candidate) => !type || candidate.movementType === type)
      .filter((candidate) => !from || (candidate.occurredAt ?? '') >= from)
      .filter((candidate) => !to || (candidate.occurredAt ?? '') < to)
      .sort((a, b) => (b.sequence ?? 0) - (a.sequence ?? 0));
    return HttpResponse.json({ items: slice(matching), total: matching.length, page, pageSize });
  }),
  http.post(api('/movements'), async ({ request }) => {
    const denied = requireRole('Operator', 'Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const sku = upper(body.sku);
    const from = upper(body.fromLocation);
    const to = upper(body.toLocation);
    const quantity = typeof body.quantity === 'number' ? body.quantity : 0;
    const errors: Record<string, string[]> = {};
    if (!sku) errors.Sku = ['Scan or enter the item'];
    if (!(quantity > 0)) errors.Quantity = ['Quantity must be above zero, with at most 3 decimals'];
    if (!from) errors.FromLocation = ['Scan or enter the source location'];
    if (!to) errors.ToLocation = ['Scan or enter the destination location'];
    else if (from === to) errors.ToLocation = ['Source and destination must differ'];
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    for (const code of [from, to]) {
      if (!db.locations.some((candidate) => candidate.code === code && !candidate.retired)) {
        return problem(422, 'ledger.location_not_found', 'Location not found');
      }
    }
    if (!db.skus.some((candidate) => candidate.code === sku)) return problem(422, 'ledger.sku_not_found', 'Item not found');
    const source = db.locations.find((candidate) => candidate.code === from);
    if (source?.kind === 'BIN' && (balanceOf(from, sku)?.quantity ?? 0) < quantity) {
      return problem(422, 'ledger.insufficient_balance', 'Insufficient balance');
    }
    addToBalance(from, sku, -quantity);
    addToBalance(to, sku, quantity);
    const recorded = {
      ...movement(db.movements.length + 1, '2026-02-01T12:00:00Z', sku, quantity, from, to, upper(body.movementType), db.currentUser?.username ?? '', typeof body.reason === 'string' ? body.reason : null),
      commandId: String(body.commandId),
    };
    db.movements.push(recorded);
    return HttpResponse.json(recorded, { status: 201 });
  }),
  http.get(api('/warehouses'), () => requireUser() ?? HttpResponse.json(db.warehouses)),
  http.post(api('/warehouses'), async ({ request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const code = upper(body.code);
    const name = typeof body.name === 'string' ? body.name.trim() : '';
    const errors: Record<string, string[]> = {};
    if (!code) errors.Code = ['Use letters, digits or -'];
    if (!name) errors.Name = ["Enter the warehouse's name"];
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    if (db.warehouses.some((candidate) => candidate.code === code)) {
      return problem(409, 'layout.warehouse_code_taken', 'A warehouse with this code already exists');
    }
    const warehouse = { code, name };
    db.warehouses.push(warehouse);
    return HttpResponse.json(warehouse, { status: 201 });
  }),
  http.post(api('/warehouses/generate'), async ({ request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const code = upper(body.warehouse);
    const counts = ['aisles', 'racksPerAisle', 'levels', 'binsPerLevel'].map((name) => Number(body[name]));
    const [aisles = 0, racks = 0, levels = 0, bins = 0] = counts;
    if (!code || counts.some((count) => !(count >= 1))) {
      return problem(400, 'validation_failed', 'One or more validation errors occurred.', {
        ...(code ? {} : { Warehouse: ['Use letters, digits or -'] }),
        ...(aisles >= 1 ? {} : { Aisles: ['Between 1 and 99 aisles'] }),
      });
    }
    if (db.warehouses.some((candidate) => candidate.code === code)) {
      return problem(409, 'layout.warehouse_code_taken', 'A warehouse with this code already exists');
    }
    db.warehouses.push({ code, name: typeof body.name === 'string' ? body.name : code });
    for (let aisle = 1; aisle <= aisles; aisle++)
      for (let rack = 1; rack <= racks; rack++)
        for (let level = 1; level <= levels; level++)
          for (let bin = 1; bin <= bins; bin++) db.locations.push(testBin(code, aisle, rack, level, bin));
    return HttpResponse.json({ warehouse: code, binsCreated: aisles * racks * levels * bins }, { status: 201 });
  }),
  http.get(api('/warehouses/:code/tree'), ({ params }) => {
    const denied = requireUser();
    if (denied) return denied;
    const code = upper(params.code);
    const warehouse = db.warehouses.find((candidate) => candidate.code === code);
    if (!warehouse) return problem(404, 'layout.warehouse_not_found', 'Warehouse not found');
    const bins = db.locations.filter((candidate) => candidate.warehouse === code && candidate.kind === 'BIN' && !candidate.retired);
    const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
    const aisles = sorted(bins.map((bin) => bin.aisle ?? '-')).map((aisle) => {
      const inAisle = bins.filter((bin) => (bin.aisle ?? '-') === aisle);
      const racks = sorted(inAisle.map((bin) => bin.rack ?? '-')).map((rack) => {
        const inRack = inAisle.filter((bin) => (bin.rack ?? '-') === rack);
        return { rack, bins: inRack.length, levels: new Set(inRack.map((bin) => bin.level)).size };
      });
      return { aisle, bins: inAisle.length, racks };
    });
    return HttpResponse.json({ warehouse: code, name: warehouse.name, bins: bins.length, aisles });
  }),
  http.get(api('/locations'), ({ request }) => {
    const denied = requireUser();
    if (denied) return denied;
    const url = new URL(request.url);
    const warehouse = upper(url.searchParams.get('warehouse'));
    const search = upper(url.searchParams.get('search'));
    // "-" is the tree's name for bins without an aisle or rack.
    const matches = (name: string, value: string | null | undefined) => {
      const wanted = url.searchParams.get(name);
      return !wanted || (wanted === '-' ? value === null || value === undefined : value === wanted);
    };
    const { page, pageSize, slice } = paging(url, 200);
    const matching = db.locations
      .filter((candidate) => !candidate.retired)
      .filter((candidate) => (!warehouse || candidate.warehouse === warehouse) && (candidate.code ?? '').startsWith(search))
      .filter((candidate) => matches('aisle', candidate.aisle) && matches('rack', candidate.rack))
      .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
    return HttpResponse.json({ items: slice(matching), total: matching.length, page, pageSize });
  }),
  http.get(api('/locations/:code'), ({ params }) => {
    const denied = requireUser();
    if (denied) return denied;
    const found = db.locations.find((candidate) => candidate.code === upper(params.code));
    return found ? HttpResponse.json(found) : problem(404, 'layout.location_not_found', 'Location not found');
  }),
  http.post(api('/locations'), async ({ request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const number = (name: string) => (typeof body[name] === 'number' ? (body[name]) : 0);
    const errors: Record<string, string[]> = {};
    if (!upper(body.code)) errors.Code = ['Use up to 40 letters, digits or -'];
    if (!upper(body.aisle)) errors.Aisle = ['Enter the aisle'];
    if (!(number('width') > 0)) errors.Width = ['Width must be above zero'];
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    const code = upper(body.code);
    if (db.locations.some((candidate) => candidate.code === code)) {
      return problem(409, 'layout.location_code_taken', 'A location with this code already exists');
    }
    const bin = {
      code,
      kind: 'BIN',
      warehouse: upper(body.warehouse),
      aisle: upper(body.aisle),
      rack: upper(body.rack),
      level: number('level'),
      x: number('x'),
      y: number('y'),
      z: number('z'),
      width: number('width'),
      depth: number('depth'),
      height: number('height'),
      capacityHandlingUnits: number('capacityHandlingUnits'),
      retired: false,
    };
    const overlapping = db.locations.find(
      (other) =>
        other.kind === 'BIN' &&
        !other.retired &&
        other.warehouse === bin.warehouse &&
        bin.x < (other.x ?? 0) + (other.width ?? 0) &&
        (other.x ?? 0) < bin.x + bin.width &&
        bin.y < (other.y ?? 0) + (other.depth ?? 0) &&
        (other.y ?? 0) < bin.y + bin.depth &&
        bin.z < (other.z ?? 0) + (other.height ?? 0) &&
        (other.z ?? 0) < bin.z + bin.height,
    );
    if (overlapping) return problem(422, 'layout.bins_overlap', 'Bins overlap');
    db.locations.push(bin);
    return HttpResponse.json(bin, { status: 201 });
  }),
  http.post(api('/locations/import'), async ({ request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    const warehouse = upper(body.warehouse);
    const content = typeof body.content === 'string' ? body.content : '';
    const errors: Record<string, string[]> = {};
    if (!body.commandId) errors.CommandId = ['A command id is required'];
    if (!warehouse) errors.Warehouse = ['Choose the warehouse'];
    if (body.format !== 'csv' && body.format !== 'json') errors.Format = ['Format must be csv or json'];
    if (!content.trim()) errors.Content = ['The file is empty'];
    if (Object.keys(errors).length > 0) return problem(400, 'validation_failed', 'One or more validation errors occurred.', errors);
    if (!db.warehouses.some((candidate) => candidate.code === warehouse)) {
      return problem(404, 'layout.warehouse_not_found', 'Warehouse not found');
    }
    const fail = (row: number, message: string) => (errors[`row ${String(row)}`] ??= []).push(message);
    const columns = ['code', 'aisle', 'rack', 'level', 'x', 'y', 'z', 'width', 'depth', 'height', 'capacity'];
    let rows: { number: number; cells: Record<string, unknown> }[] = [];
    if (body.format === 'csv') {
      const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
      if (lines[0]?.trim().toLowerCase() !== columns.join(',')) fail(1, `the header must be: ${columns.join(',')}`);
      rows = lines.slice(1).map((line, index) => {
        const cells = line.split(',');
        return { number: index + 2, cells: Object.fromEntries(columns.map((column, at) => [column, cells[at]?.trim() ?? ''])) };
      });
    } else {
      try {
        const parsed = JSON.parse(content) as Record<string, unknown>[];
        rows = parsed.map((cells, index) => ({ number: index + 1, cells }));
      } catch {
        fail(1, 'the file is not a JSON array');
      }
    }
    const bins = rows.map(({ number, cells }) => {
      const code = upper(cells.code);
      if (!code) fail(number, 'code is required');
      else if (db.locations.some((candidate) => candidate.code === code)) fail(number, `code ${code} already exists`);
      const value = (column: string) => {
        const parsed = Number(cells[column]);
        if (cells[column] === '' || cells[column] === undefined || Number.isNaN(parsed)) fail(number, `${column} must be a number`);
        return parsed;
      };
      const [level, x, y, z, width, depth, height, capacity] = ['level', 'x', 'y', 'z', 'width', 'depth', 'height', 'capacity'].map(value);
      return { ...testBin(warehouse, 1, 1, 1, 1), code, aisle: upper(cells.aisle), rack: upper(cells.rack), level, x, y, z, width, depth, height, capacityHandlingUnits: capacity };
    });
    if (Object.keys(errors).length > 0) {
      return problem(422, 'layout.import_rejected', 'The layout file has errors; nothing was imported', errors);
    }
    db.locations.push(...bins);
    return HttpResponse.json({ warehouse, imported: bins.length }, { status: 201 });
  }),
  http.post(api('/locations/:code/retire'), ({ params }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const code = upper(params.code);
    const bin = db.locations.find((candidate) => candidate.code === code);
    if (!bin) return problem(404, 'layout.location_not_found', 'Location not found');
    if (db.balances.some((balance) => balance.location === code && balance.quantity !== 0)) {
      return problem(422, 'layout.bin_occupied', 'Cannot delete occupied bin');
    }
    bin.retired = true;
    return HttpResponse.json(bin);
  }),
  http.get(api('/projections'), () => requireUser() ?? HttpResponse.json(db.projections)),
  http.post(api('/projections/:name/rebuild'), async ({ params, request }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const body = (await request.json()) as Json;
    if (!body.commandId) return problem(400, 'validation_failed', 'One or more validation errors occurred.', { CommandId: ['A command id is required'] });
    const name = String(params.name);
    if (!db.projections.some((projection) => projection.name === name)) {
      return problem(404, 'projections.not_found', 'Projection not found');
    }
    const rebuild = {
      id: db.rebuilds.length + 1,
      projection: name,
      requestedBy: db.currentUser?.username ?? '',
      requestedAt: '2026-02-01T12:00:00Z',
      finishedAt: null,
      state: 'queued',
      rowsRebuilt: null,
      differences: null,
      differenceSamples: null,
      error: null,
      polls: 0,
      script: db.rebuildScript,
    };
    db.rebuilds.push(rebuild);
    const { polls: _polls, script: _script, ...dto } = rebuild;
    return HttpResponse.json(dto, { status: 202 });
  }),
  http.get(api('/projections/rebuilds/:id'), ({ params }) => {
    const denied = requireAdmin();
    if (denied) return denied;
    const rebuild = db.rebuilds.find((candidate) => candidate.id === Number(params.id));
    if (!rebuild) return problem(404, 'projections.rebuild_not_found', 'Rebuild not found');
    rebuild.polls += 1;
    if (rebuild.state === 'queued' && rebuild.polls >= rebuild.script.afterPolls) {
      Object.assign(rebuild, { finishedAt: '2026-02-01T12:00:05Z' }, rebuild.script.outcome);
    }
    const { polls: _polls, script: _script, ...dto } = rebuild;
    return HttpResponse.json(dto);
  }),
  http.get(api('/consistency-checks'), () =>
    requireRole('Manager', 'Accountant', 'Administrator') ?? HttpResponse.json(db.consistencyChecks),
  ),
  http.post(api('/consistency-checks'), async ({ request }) => {
    const denied = requireRole('Manager', 'Administrator');
    if (denied) return denied;
    const body = (await request.json()) as Json;
    if (!body.commandId) return problem(400, 'validation_failed', 'One or more validation errors occurred.', { CommandId: ['A command id is required'] });
    const check = {
      id: Math.max(0, ...db.consistencyChecks.map((other) => other.id ?? 0)) + 1,
      startedAt: '2026-02-01T12:00:00Z',
      finishedAt: '2026-02-01T12:00:01Z',
      trigger: `on demand by ${db.currentUser?.username ?? ''}`,
      passed: db.nextCheckFindings.length === 0,
      movementsChecked: db.movements.length,
      findings: db.nextCheckFindings,
    };
    db.consistencyChecks.unshift(check);
    return HttpResponse.json(check, { status: 201 });
  }),
  http.get(api('/offline/policy'), () => {
    const denied = requireUser();
    if (denied) return denied;
    if (!db.myFlags.enable_offline_operations) return problem(403, 'feature.disabled', 'Offline operations are disabled');
    return HttpResponse.json(db.offlinePolicy);
  }),
];
