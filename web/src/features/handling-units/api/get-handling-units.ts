import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { handlingUnitKeys, type HandlingUnitQuery } from './keys';

export type { HandlingUnitQuery };

export function getHandlingUnits({ location, sku, status, page, pageSize }: HandlingUnitQuery) {
  const query = {
    page,
    pageSize,
    ...(location ? { location } : {}),
    ...(sku ? { sku } : {}),
    ...(status ? { status } : {}),
  };
  return unwrap(apiClient.GET('/api/v1/handling-units', { params: { query } }));
}

/** Handling units by bin, item and status; disabled until a bin or an item is given. */
export function useHandlingUnits(query: HandlingUnitQuery) {
  return useQuery({
    queryKey: handlingUnitKeys.list(query),
    queryFn: () => getHandlingUnits(query),
    enabled: query.location.length > 0 || query.sku.length > 0,
    placeholderData: keepPreviousData,
  });
}
