import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { handlingUnitKeys } from './keys';

export type HandlingUnitHistory = ResponseBody<'/api/v1/handling-units/{lpn}/history', 'get', 200>;
export type HandlingUnitEvent = NonNullable<HandlingUnitHistory['events']>[number];
export type HandlingUnitMovement = NonNullable<HandlingUnitHistory['movements']>[number];

export function getHandlingUnitHistory(lpn: string) {
  return unwrap(apiClient.GET('/api/v1/handling-units/{lpn}/history', { params: { path: { lpn } } }));
}

export function useHandlingUnitHistory(lpn: string) {
  return useQuery({
    queryKey: handlingUnitKeys.history(lpn),
    queryFn: () => getHandlingUnitHistory(lpn),
    enabled: lpn.length > 0,
    staleTime: 0,
  });
}
