import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type Warehouse = ResponseBody<'/api/v1/warehouses', 'get', 200>[number];

export function getWarehouses() {
  return unwrap(apiClient.GET('/api/v1/warehouses'));
}

export function useWarehouses() {
  return useQuery({ queryKey: layoutKeys.warehouses(), queryFn: getWarehouses });
}
