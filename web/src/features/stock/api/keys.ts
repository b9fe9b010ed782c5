import { ledgerQueryRoots } from '@/lib/query-keys';

export interface BalanceQuery {
  location: string;
  sku: string;
  includeVirtual: boolean;
  /** ISO instant: the balances as they were then; empty for now. */
  asOf: string;
  page: number;
  pageSize: number;
}

export const balanceKeys = {
  all: ledgerQueryRoots.balances,
  list: (query: BalanceQuery) => [...ledgerQueryRoots.balances, 'list', query] as const,
};
