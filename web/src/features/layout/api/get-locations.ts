import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { layoutKeys, type LocationQuery } from './keys';

export type { LocationQuery };

export type LocationPage = ResponseBody<'/api/v1/locations', 'get', 200>;
export type Location = NonNullable<LocationPage['items']>[number];

export function getLocations({ warehouse, search, page, pageSize, aisle, rack }: LocationQuery) {
  const query = {
    page,
    pageSize,
    ...(warehouse ? { warehouse } : {}),
    ...(aisle ? { aisle } : {}),
    ...(rack ? { rack } : {}),
    ...(search ? { search } : {}),
  };
  return unwrap(apiClient.GET('/api/v1/locations', { params: { query } }));
}

export function useLocations(query: LocationQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: layoutKeys.locationList(query),
    queryFn: () => getLocations(query),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
