import { http, HttpResponse } from 'msw';
import { db, demoUsers } from './data';
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

const passwords: Record<string, string> = {
  operator: 'operator-pass',
  manager: 'manager-pass',
  accountant: 'accountant-pass',
  admin: 'admin-pass',
};

type Json = Record<string, unknown>;

/** An in-memory stand-in for the API, close enough to the contract for component tests. */
export const handlers = [
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
  http.get(api('/offline/policy'), () => {
    const denied = requireUser();
    if (denied) return denied;
    if (!db.myFlags.enable_offline_operations) return problem(403, 'feature.disabled', 'Offline operations are disabled');
    return HttpResponse.json(db.offlinePolicy);
  }),
];
