import type { ResponseBody } from '@/lib/api/types';
import { withSsccCheckDigit } from '@/lib/scan/sscc';

type CurrentUser = ResponseBody<'/api/v1/auth/me', 'get', 200>;
type User = ResponseBody<'/api/v1/users', 'get', 200>[number];
type ApiKey = ResponseBody<'/api/v1/api-keys', 'get', 200>[number];
type FeatureFlag = ResponseBody<'/api/v1/feature-flags', 'get', 200>[number];
type FeatureFlagChange = ResponseBody<'/api/v1/feature-flags/{key}/history', 'get', 200>[number];
type Sku = NonNullable<ResponseBody<'/api/v1/skus', 'get', 200>['items']>[number];
type OfflinePolicy = ResponseBody<'/api/v1/offline/policy', 'get', 200>;
type Warehouse = ResponseBody<'/api/v1/warehouses', 'get', 200>[number];
type Location = NonNullable<ResponseBody<'/api/v1/locations', 'get', 200>['items']>[number];
type Balance = NonNullable<ResponseBody<'/api/v1/balances', 'get', 200>['items']>[number];
type Movement = NonNullable<ResponseBody<'/api/v1/movements', 'get', 200>['items']>[number];
type ProjectionStatus = ResponseBody<'/api/v1/projections', 'get', 200>[number];
type ProjectionRebuild = ResponseBody<'/api/v1/projections/rebuilds/{id}', 'get', 200>;
type HandlingUnit = ResponseBody<'/api/v1/handling-units/{lpn}', 'get', 200>;
type HandlingUnitEvent = NonNullable<ResponseBody<'/api/v1/handling-units/{lpn}/history', 'get', 200>['events']>[number];
type Receipt = ResponseBody<'/api/v1/receipts/{id}', 'get', 200>;
type PrintJob = NonNullable<ResponseBody<'/api/v1/print-jobs', 'get', 200>['items']>[number];
type ConsistencyCheck = ResponseBody<'/api/v1/consistency-checks', 'get', 200>[number];
type Reservation = ResponseBody<'/api/v1/reservations/{id}', 'get', 200>;
type ReservationBump = ResponseBody<'/api/v1/reservations/bumps', 'get', 200>[number];
type Notification = NonNullable<ResponseBody<'/api/v1/notifications', 'get', 200>['items']>[number];
/** A stored notification and whom it is for (the API lists only the signed-in person's). */
export type StoredNotification = Notification & { recipient: string };

/** What the next rebuild reports after being polled `afterPolls` times (then it stays final). */
export interface RebuildScript {
  afterPolls: number;
  outcome: Partial<ProjectionRebuild> & { state: 'equal' | 'differed' | 'failed' };
}

export const VIRTUAL_LOCATIONS = ['SUPPLIER', 'PRODUCTION', 'SCRAP', 'SYSTEM', 'CUSTOMER'] as const;

/** A bin of the test layout: 1 m wide, 0.8 m deep, 0.5 m high, side by side along x. */
export function testBin(warehouse: string, aisle: number, rack: number, level: number, bin: number): Location {
  const code = `${warehouse}-A${String(aisle).padStart(2, '0')}-R${String(rack).padStart(2, '0')}-L${String(level)}-B${String(bin)}`;
  return {
    code,
    kind: 'BIN',
    warehouse,
    aisle: `A${String(aisle).padStart(2, '0')}`,
    rack: `R${String(rack).padStart(2, '0')}`,
    level,
    x: (rack - 1) * 3 + (bin - 1),
    y: (aisle - 1) * 3,
    z: (level - 1) * 0.5,
    width: 1,
    depth: 0.8,
    height: 0.5,
    capacityHandlingUnits: 1,
    retired: false,
  };
}

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

export function movement(
  sequence: number,
  occurredAt: string,
  sku: string,
  quantity: number,
  fromLocation: string,
  toLocation: string,
  movementType: string,
  operator: string,
  reason: string | null,
): Movement {
  const id = String(sequence).padStart(12, '0');
  return {
    movementId: `20000000-0000-4000-8000-${id}`,
    sequence,
    occurredAt,
    sku,
    quantity,
    fromLocation,
    toLocation,
    movementType,
    operator,
    handlingUnitId: null,
    reason,
    commandId: `30000000-0000-4000-8000-${id}`,
  };
}

/** An SSCC of the test company prefix 3012345 with this serial (valid check digit). */
export function testSscc(serial: number): string {
  return withSsccCheckDigit(`03012345${String(serial).padStart(9, '0')}`);
}

/** The earliest of some expiry dates ("YYYY-MM-DD" compares as text), or null when none is given. */
export function earliest(dates: readonly (string | null | undefined)[]): string | null {
  return dates.filter((date): date is string => Boolean(date)).sort()[0] ?? null;
}

/** Handling units of the test data: two in MAIN-A01-R01-L1-B1 (one open, one sealed), one in MAIN-A01-R02-L1-B1. */
export const testUnits = {
  open: testSscc(1),
  sealed: testSscc(2),
  other: testSscc(3),
} as const;

function testUnit(serial: number, type: string, status: string, location: string, lines: { sku: string; quantity: number }[]): HandlingUnit {
  return {
    id: `40000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    lpn: testSscc(serial),
    type,
    status,
    location,
    lines,
    createdAt: '2026-01-15T10:00:00Z',
    updatedAt: '2026-01-15T10:00:00Z',
  };
}

export interface TestDb {
  currentUser: CurrentUser | null;
  myFlags: Record<string, boolean>;
  users: User[];
  apiKeys: ApiKey[];
  flags: FeatureFlag[];
  history: Record<string, FeatureFlagChange[]>;
  skus: Sku[];
  offlinePolicy: OfflinePolicy;
  warehouses: Warehouse[];
  locations: Location[];
  balances: Balance[];
  movements: Movement[];
  projections: ProjectionStatus[];
  rebuilds: (ProjectionRebuild & { polls: number; script: RebuildScript })[];
  rebuildScript: RebuildScript;
  consistencyChecks: ConsistencyCheck[];
  handlingUnits: HandlingUnit[];
  handlingUnitEvents: Record<string, HandlingUnitEvent[]>;
  nextSsccSerial: number;
  /** Receipts stuck or failed (GET /receipts/alerts). */
  receiptAlerts: Receipt[];
  printJobs: PrintJob[];
  /** The findings the next consistency check run finds (none: it passes). */
  nextCheckFindings: NonNullable<ConsistencyCheck['findings']>;
  reservations: Reservation[];
  /** Reservations whose start-picking answers 409 reservation.hard_locked (another reservation got there first). */
  hardLockedReservations: string[];
  /** The bump log (GET /reservations/bumps), newest first. */
  bumps: ReservationBump[];
  notifications: StoredNotification[];
}

export const reservationId = (serial: number) => `70000000-0000-4000-8000-${String(serial).padStart(12, '0')}`;

function reservationEvent(version: number, type: string, status: string, reason: string | null = null) {
  return { version, type, status, reason, operator: version === 1 ? 'manager' : 'operator', occurredAt: `2026-01-20T0${String(version)}:00:00Z` };
}

/** Test reservations: one being picked (a unit, then loose stock), one allocated, one pending, one cancelled. */
export function testReservations(): Reservation[] {
  const base = { createdAt: '2026-01-20T01:00:00Z', updatedAt: '2026-01-20T03:00:00Z', reason: null };
  return [
    {
      ...base,
      id: reservationId(1),
      purpose: 'PRODUCTION_ORDER',
      reference: 'PO-100',
      priority: 8,
      status: 'PICKING',
      version: 3,
      lines: [
        { sku: 'SKU-001', quantity: 5 },
        { sku: 'SKU-002', quantity: 3 },
      ],
      locks: [
        { location: 'MAIN-A01-R01-L1-B1', sku: 'SKU-001', handlingUnitId: '40000000-0000-4000-8000-000000000002', lpn: testSscc(2), quantity: 5, kind: 'HARD' },
        { location: 'MAIN-A01-R02-L1-B1', sku: 'SKU-002', handlingUnitId: null, lpn: null, quantity: 3, kind: 'HARD' },
      ],
      events: [
        reservationEvent(1, 'ReservationCreated', 'PENDING'),
        reservationEvent(2, 'ReservationAllocated', 'ALLOCATED'),
        reservationEvent(3, 'PickingStarted', 'PICKING'),
      ],
    },
    {
      ...base,
      id: reservationId(2),
      purpose: 'SALES_ORDER',
      reference: 'SO-200',
      priority: 3,
      status: 'ALLOCATED',
      version: 2,
      lines: [{ sku: 'SKU-001', quantity: 2 }],
      locks: [{ location: 'MAIN-A01-R01-L1-B1', sku: 'SKU-001', handlingUnitId: '40000000-0000-4000-8000-000000000001', lpn: testSscc(1), quantity: 2, kind: 'SOFT' }],
      events: [reservationEvent(1, 'ReservationCreated', 'PENDING'), reservationEvent(2, 'ReservationAllocated', 'ALLOCATED')],
    },
    {
      ...base,
      id: reservationId(3),
      purpose: 'PRODUCTION_ORDER',
      reference: 'PO-300',
      priority: 5,
      status: 'PENDING',
      version: 2,
      reason: 'Not enough SKU-009 in stock',
      lines: [{ sku: 'SKU-009', quantity: 40 }],
      locks: [],
      events: [reservationEvent(1, 'ReservationCreated', 'PENDING'), reservationEvent(2, 'AllocationFailed', 'PENDING', 'Not enough SKU-009 in stock')],
    },
    {
      ...base,
      id: reservationId(4),
      purpose: 'SALES_ORDER',
      reference: 'SO-400',
      priority: 1,
      status: 'CANCELLED',
      version: 2,
      reason: 'Order withdrawn',
      lines: [{ sku: 'SKU-003', quantity: 1 }],
      locks: [],
      events: [reservationEvent(1, 'ReservationCreated', 'PENDING'), reservationEvent(2, 'ReservationCancelled', 'CANCELLED', 'Order withdrawn')],
    },
  ];
}

/** PO-300 (priority 5) lost its SOFT locks to PO-100 (priority 8), and SO-400 to a HARD lock earlier. */
export function testBumps(): ReservationBump[] {
  return [
    {
      reservationId: reservationId(3),
      purpose: 'PRODUCTION_ORDER',
      reference: 'PO-300',
      priority: 5,
      reason: 'Bumped by PRODUCTION_ORDER PO-100 (priority 8)',
      operator: 'manager',
      occurredAt: '2026-01-20T02:30:00Z',
    },
    {
      reservationId: reservationId(4),
      purpose: 'SALES_ORDER',
      reference: 'SO-400',
      priority: 1,
      reason: 'Stock hard-locked by PO-100',
      operator: 'operator',
      occurredAt: '2026-01-19T08:00:00Z',
    },
  ];
}

/** The manager (who created the bumped reservations) has one unread notification about PO-300 and one read about SO-400. */
export function testNotifications(): StoredNotification[] {
  return [
    {
      id: 2,
      recipient: 'manager',
      kind: 'ReservationBumped',
      title: 'Reservation bumped',
      body: 'PRODUCTION_ORDER PO-300 (priority 5): Bumped by PRODUCTION_ORDER PO-100 (priority 8)',
      subject: reservationId(3),
      createdAt: '2026-01-20T02:30:01Z',
      readAt: null,
    },
    {
      id: 1,
      recipient: 'manager',
      kind: 'ReservationBumped',
      title: 'Reservation bumped',
      body: 'SALES_ORDER SO-400 (priority 1): Stock hard-locked by PO-100',
      subject: reservationId(4),
      createdAt: '2026-01-19T08:00:01Z',
      readAt: '2026-01-19T09:00:00Z',
    },
  ];
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
    warehouses: [{ code: 'MAIN', name: 'Main warehouse' }],
    locations: [
      ...VIRTUAL_LOCATIONS.map((code) => ({
        code,
        kind: 'VIRTUAL',
        warehouse: null,
        aisle: null,
        rack: null,
        level: null,
        x: 0,
        y: 0,
        z: 0,
        width: 0,
        depth: 0,
        height: 0,
        capacityHandlingUnits: null,
        retired: false,
      })),
      ...[1, 2].flatMap((rack) => [1, 2].map((bin) => testBin('MAIN', 1, rack, 1, bin))),
    ],
    balances: [
      { location: 'MAIN-A01-R01-L1-B1', sku: 'SKU-001', quantity: 12.5, physical: true, updatedAt: created },
      { location: 'MAIN-A01-R01-L1-B1', sku: 'SKU-002', quantity: 3, physical: true, updatedAt: created },
      { location: 'MAIN-A01-R02-L1-B1', sku: 'SKU-001', quantity: 0.125, physical: true, updatedAt: created },
    ],
    movements: [
      movement(1, '2026-01-15T09:00:00Z', 'SKU-001', 12.625, 'SUPPLIER', 'MAIN-A01-R01-L1-B1', 'RECEIPT', 'manager', null),
      movement(2, '2026-01-15T09:30:00Z', 'SKU-002', 3, 'SUPPLIER', 'MAIN-A01-R01-L1-B1', 'RECEIPT', 'manager', null),
      movement(3, '2026-01-15T10:00:00Z', 'SKU-001', 0.125, 'MAIN-A01-R01-L1-B1', 'MAIN-A01-R02-L1-B1', 'TRANSFER', 'operator', 'Replenish'),
    ],
    projections: [
      {
        name: 'bin_occupancy',
        processed: 3,
        activeInstance: 'api-1',
        heartbeatAt: created,
        updatedAt: created,
        lagMovements: 0,
        lagSeconds: 0,
      },
      {
        name: 'stock_by_item',
        processed: 3,
        activeInstance: 'api-1',
        heartbeatAt: created,
        updatedAt: created,
        lagMovements: 0,
        lagSeconds: 0.4,
      },
    ],
    rebuilds: [],
    rebuildScript: { afterPolls: 1, outcome: { state: 'equal', rowsRebuilt: 4, differences: 0, differenceSamples: [] } },
    consistencyChecks: [
      {
        id: 2,
        startedAt: '2026-01-15T03:00:00Z',
        finishedAt: '2026-01-15T03:00:02Z',
        trigger: 'daily',
        passed: false,
        movementsChecked: 3,
        findings: [
          { check: 'balances_equal_ledger', severity: 'error', detail: 'MAIN-A01-R01-L1-B1 / SKU-001: balance 12.5, ledger 12.625' },
        ],
      },
      {
        id: 1,
        startedAt: '2026-01-14T03:00:00Z',
        finishedAt: '2026-01-14T03:00:01Z',
        trigger: 'daily',
        passed: true,
        movementsChecked: 2,
        findings: [],
      },
    ],
    nextCheckFindings: [],
    reservations: testReservations(),
    hardLockedReservations: [],
    bumps: testBumps(),
    notifications: testNotifications(),
    handlingUnits: [
      testUnit(1, 'PALLET', 'OPEN', 'MAIN-A01-R01-L1-B1', [
        { sku: 'SKU-001', quantity: 5 },
        { sku: 'SKU-002', quantity: 2 },
      ]),
      testUnit(2, 'BOX', 'SEALED', 'MAIN-A01-R01-L1-B1', [{ sku: 'SKU-001', quantity: 3 }]),
      testUnit(3, 'PALLET', 'OPEN', 'MAIN-A01-R02-L1-B1', [{ sku: 'SKU-002', quantity: 1 }]),
    ],
    handlingUnitEvents: {
      [testSscc(1)]: [
        { sequence: 1, event: 'Created', status: 'OPEN', location: 'MAIN-A01-R01-L1-B1', operator: 'operator', occurredAt: '2026-01-15T09:00:00Z', details: null },
        {
          sequence: 2,
          event: 'LineAdded',
          status: 'OPEN',
          location: 'MAIN-A01-R01-L1-B1',
          operator: 'operator',
          occurredAt: '2026-01-15T09:05:00Z',
          details: { sku: 'SKU-001', quantity: 5, from: 'MAIN-A01-R01-L1-B1' },
        },
      ],
    },
    nextSsccSerial: 100,
    printJobs: [
      {
        id: '70000000-0000-4000-8000-000000000001',
        handlingUnitId: '40000000-0000-4000-8000-000000000002',
        sscc: testSscc(2),
        printer: 'DOCK-1',
        state: 'manual',
        attempts: 4,
        nextAttemptAt: null,
        lastError: 'No answer from DOCK-1 within 5 s',
        createdAt: '2026-01-15T10:00:00Z',
        printedAt: null,
        requestedBy: 'operator',
      },
    ],
    receiptAlerts: [
      {
        id: '50000000-0000-4000-8000-000000000001',
        status: 'running',
        location: 'MAIN-A01-R01-L1-B2',
        type: 'PALLET',
        lpn: testSscc(50),
        handlingUnitId: '40000000-0000-4000-8000-000000000050',
        lines: [{ sku: 'SKU-003', quantity: 4 }],
        supplier: 'Acme',
        deliveryReference: null,
        printJobId: '60000000-0000-4000-8000-000000000001',
        steps: [{ name: 'CreateHandlingUnit', direction: 'forward', completedAt: '2026-01-15T09:00:00Z' }],
        errorCode: null,
        error: null,
        differences: [],
        createdBy: 'operator',
        createdAt: '2026-01-15T09:00:00Z',
        updatedAt: '2026-01-15T09:00:00Z',
        resolution: null,
        resolvedBy: null,
      },
      {
        id: '50000000-0000-4000-8000-000000000002',
        status: 'failed',
        location: 'MAIN-A01-R02-L1-B2',
        type: 'BOX',
        lpn: testSscc(51),
        handlingUnitId: '40000000-0000-4000-8000-000000000051',
        lines: [{ sku: 'SKU-004', quantity: 2 }],
        supplier: null,
        deliveryReference: null,
        printJobId: '60000000-0000-4000-8000-000000000002',
        steps: [
          { name: 'CreateHandlingUnit', direction: 'forward', completedAt: '2026-01-15T08:00:00Z' },
          { name: 'ReceiveLines', direction: 'forward', completedAt: '2026-01-15T08:00:01Z' },
        ],
        errorCode: 'hu.capacity_exceeded',
        error: 'Bin MAIN-A01-R02-L1-B2 holds at most 1 handling units.',
        differences: [],
        createdBy: 'operator',
        createdAt: '2026-01-15T08:00:00Z',
        updatedAt: '2026-01-15T08:00:05Z',
        resolution: null,
        resolvedBy: null,
      },
    ],
  };
}

export const db: TestDb = createDb();

export function resetDb(): void {
  Object.assign(db, createDb());
}
