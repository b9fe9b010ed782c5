import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { movementKeys, type MovementQuery } from './keys';

export type { MovementQuery };

export type MovementPage = ResponseBody<'/api/v1/movements', 'get', 200>;
export type Movement = NonNullable<MovementPage['items']>[number];

export function getMovements({ sku, location, operator, movementType, from, to, page, pageSize }: MovementQuery) {
  const query = {
    page,
    pageSize,
    ...(sku ? { sku } : {}),
    ...(location ? { location } : {}),
    ...(operator ? { operator } : {}),
    ...(movementType ? { movementType } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  return unwrap(apiClient.GET('/api/v1/movements', { params: { query } }));
}

/** The audit trail, newest first (the server's order). */
export function useMovements(query: MovementQuery) {
  return useQuery({
    queryKey: movementKeys.list(query),
    queryFn: () => getMovements(query),
    placeholderData: keepPreviousData,
  });
}
