import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { handlingUnitKeys } from './keys';

export function getHandlingUnit(lpn: string) {
  return unwrap(apiClient.GET('/api/v1/handling-units/{lpn}', { params: { path: { lpn } } }));
}

/** One unit by its LPN, kept fresh while a screen shows it; disabled while there is no LPN. */
export function useHandlingUnit(lpn: string) {
  return useQuery({
    queryKey: handlingUnitKeys.one(lpn),
    queryFn: () => getHandlingUnit(lpn),
    enabled: lpn.length > 0,
    staleTime: 0,
  });
}

/** Looks a scanned unit up now (a scan is a check of the present), through the query cache. */
export function useLookupHandlingUnit() {
  const queryClient = useQueryClient();
  return useCallback(
    (lpn: string) => queryClient.fetchQuery({ queryKey: handlingUnitKeys.one(lpn), queryFn: () => getHandlingUnit(lpn), staleTime: 0 }),
    [queryClient],
  );
}
