export const ROLES = ['Operator', 'Manager', 'Accountant', 'Administrator'] as const;
export type Role = (typeof ROLES)[number];

export function hasAnyRole(userRoles: readonly string[] | null | undefined, allowed: readonly Role[]): boolean {
  if (!userRoles) return false;
  return allowed.some((role) => userRoles.includes(role));
}

export const canManageUsers = (roles: readonly string[] | null | undefined) => hasAnyRole(roles, ['Administrator']);
export const canManageCatalog = (roles: readonly string[] | null | undefined) => hasAnyRole(roles, ['Manager', 'Administrator']);

export const MOVE_STOCK_ROLES = ['Operator', 'Manager', 'Administrator'] as const satisfies readonly Role[];
/** Handling-unit tasks (put away, split, merge, create, pack): the people who move stock. */
export const HANDLING_UNIT_ROLES = ['Operator', 'Manager', 'Administrator'] as const satisfies readonly Role[];
/** The handling units by bin, item and status: managers'. */
export const HANDLING_UNIT_OVERVIEW_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
/** Orphan / stuck receipt alerts: managers resume or reverse them. */
export const RECEIPT_ALERT_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
/** The manual print queue: send a label to the printer again, or mark it printed by hand. */
export const PRINT_QUEUE_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
export const LAYOUT_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
/** Operations: accountants read the consistency history; managers and administrators also run checks. */
export const OPERATIONS_ROLES = ['Manager', 'Accountant', 'Administrator'] as const satisfies readonly Role[];
export const RUN_CONSISTENCY_CHECK_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
export const PROJECTION_ADMIN_ROLES = ['Administrator'] as const satisfies readonly Role[];

/** Reservations: managers and administrators plan them (create, allocate, cancel). */
export const RESERVATION_PLAN_ROLES = ['Manager', 'Administrator'] as const satisfies readonly Role[];
/** Picking for a reservation (start picking, picks): the people who move stock. */
export const RESERVATION_PICK_ROLES = ['Operator', 'Manager', 'Administrator'] as const satisfies readonly Role[];

export const FEATURE_FLAGS = {
  offlineOperations: 'enable_offline_operations',
  reservationEngine: 'enable_reservation_engine',
} as const;
