import type { ResponseBody } from '@/lib/api/types';

type CurrentUser = ResponseBody<'/api/v1/auth/me', 'get', 200>;
type User = ResponseBody<'/api/v1/users', 'get', 200>[number];
type ApiKey = ResponseBody<'/api/v1/api-keys', 'get', 200>[number];
type FeatureFlag = ResponseBody<'/api/v1/feature-flags', 'get', 200>[number];
type FeatureFlagChange = ResponseBody<'/api/v1/feature-flags/{key}/history', 'get', 200>[number];
type Sku = NonNullable<ResponseBody<'/api/v1/skus', 'get', 200>['items']>[number];
type OfflinePolicy = ResponseBody<'/api/v1/offline/policy', 'get', 200>;

const demo = (id: number, username: string, displayName: string, role: string): CurrentUser => ({
  id: `00000000-0000-4000-8000-00000000000${String(id)}`,
  username,
  displayName,
  roles: [role],
});

export const demoUsers = {
  operator: demo(1, 'operator', 'Olga Operator', 'Operator'),
  manager: demo(2, 'manager', 'Marius Manager', 'Manager'),
  accountant: demo(3, 'accountant', 'Asta Accountant', 'Accountant'),
  admin: demo(4, 'admin', 'Adomas Admin', 'Administrator'),
} satisfies Record<string, CurrentUser>;

export const FLAG_KEYS = [
  'enable_reservation_engine',
  'enable_agnum_export',
  'enable_erp_integration',
  'enable_offline_operations',
  'enable_3d_visualization',
] as const;

export interface TestDb {
  currentUser: CurrentUser | null;
  myFlags: Record<string, boolean>;
  users: User[];
  apiKeys: ApiKey[];
  flags: FeatureFlag[];
  history: Record<string, FeatureFlagChange[]>;
  skus: Sku[];
  offlinePolicy: OfflinePolicy;
}

const created = '2026-01-15T10:00:00Z';

export function createDb(): TestDb {
  return {
    currentUser: null,
    myFlags: Object.fromEntries(FLAG_KEYS.map((key) => [key, false])),
    users: Object.values(demoUsers).map((user) => ({ ...user, isActive: true, createdAt: created })),
    apiKeys: [
      {
        id: '10000000-0000-4000-8000-000000000001',
        name: 'ERP connector',
        prefix: 'lkv_ab12',
        roles: ['Manager'],
        createdAt: created,
        createdBy: 'admin',
        lastUsedAt: null,
        revokedAt: null,
      },
    ],
    flags: FLAG_KEYS.map((key) => ({
      key,
      description: `Turns ${key} on`,
      enabled: false,
      rolloutPercentage: 0,
      userWhitelist: [],
      updatedAt: created,
      updatedBy: null,
    })),
    history: {},
    skus: Array.from({ length: 45 }, (_, index) => ({
      code: `SKU-${String(index + 1).padStart(3, '0')}`,
      name: `Item ${String(index + 1)}`,
      unitOfMeasure: 'EA',
      createdAt: created,
    })),
    offlinePolicy: { queueLimit: 500, warnAtQueueLength: 400, syncPromptAtQueueLength: 100, offlineWarningAfterHours: 8 },
  };
}

export const db: TestDb = createDb();

export function resetDb(): void {
  Object.assign(db, createDb());
}
