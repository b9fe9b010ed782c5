import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type LayoutTree = ResponseBody<'/api/v1/warehouses/{code}/tree', 'get', 200>;
export type AisleNode = NonNullable<LayoutTree['aisles']>[number];
export type RackNode = NonNullable<AisleNode['racks']>[number];

/** The name the tree gives to bins without an aisle or rack; the bin list filters by it too. */
export const UNASSIGNED = '-';

export function getLayoutTree(code: string) {
  return unwrap(apiClient.GET('/api/v1/warehouses/{code}/tree', { params: { path: { code } } }));
}

/** A warehouse's aisles and racks with their bin counts (not the bins themselves). */
export function useLayoutTree(code: string) {
  return useQuery({ queryKey: layoutKeys.tree(code), queryFn: () => getLayoutTree(code) });
}
