import { ledgerQueryRoots } from '@/lib/query-keys';

export interface HandlingUnitQuery {
  location: string;
  sku: string;
  /** One status, or empty for the server's default (OPEN and SEALED). */
  status: string;
  page: number;
  pageSize: number;
}

export const handlingUnitKeys = {
  all: ledgerQueryRoots.handlingUnits,
  list: (query: HandlingUnitQuery) => [...ledgerQueryRoots.handlingUnits, 'list', query] as const,
  one: (lpn: string) => [...ledgerQueryRoots.handlingUnits, 'one', lpn] as const,
  history: (lpn: string) => [...ledgerQueryRoots.handlingUnits, 'history', lpn] as const,
  label: (lpn: string) => [...ledgerQueryRoots.handlingUnits, 'label', lpn] as const,
};
