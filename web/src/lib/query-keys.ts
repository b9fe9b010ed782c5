/**
 * Roots of query keys whose data one feature's write changes and another
 * feature shows (a movement changes the balances). Features cannot import each
 * other, so they share these roots instead.
 */
export const ledgerQueryRoots = {
  balances: ['balances'] as const,
  movements: ['movements'] as const,
  /** Handling units: their contents change with every movement into or out of them (receipts, picks, moves). */
  handlingUnits: ['handling-units'] as const,
  /** Label print jobs: a reprint from a unit's screen adds one to the unit's label list. */
  printJobs: ['print-jobs'] as const,
};
