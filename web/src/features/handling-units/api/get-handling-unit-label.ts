import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { handlingUnitKeys } from './keys';

export type HandlingUnitLabel = ResponseBody<'/api/v1/handling-units/{lpn}/label', 'get', 200>;

export function getHandlingUnitLabel(lpn: string) {
  return unwrap(apiClient.GET('/api/v1/handling-units/{lpn}/label', { params: { path: { lpn } } }));
}

/** A sealed unit's label (its content and ZPL), fetched when the preview is opened. */
export function useHandlingUnitLabel(lpn: string, enabled: boolean) {
  return useQuery({
    queryKey: handlingUnitKeys.label(lpn),
    queryFn: () => getHandlingUnitLabel(lpn),
    enabled: enabled && lpn.length > 0,
    staleTime: 0,
  });
}
