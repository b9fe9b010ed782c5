import { ledgerQueryRoots } from '@/lib/query-keys';

export interface MovementQuery {
  sku: string;
  location: string;
  operator: string;
  movementType: string;
  /** ISO instants bounding the time range; empty for open-ended. */
  from: string;
  to: string;
  page: number;
  pageSize: number;
}

export const movementKeys = {
  all: ledgerQueryRoots.movements,
  list: (query: MovementQuery) => [...ledgerQueryRoots.movements, 'list', query] as const,
};
