import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { labelKeys } from './keys';

export type PrintJob = NonNullable<ResponseBody<'/api/v1/print-jobs', 'get', 200>['items']>[number];

export function getPrintJobsOfUnit(handlingUnitId: string) {
  return unwrap(apiClient.GET('/api/v1/print-jobs', { params: { query: { handlingUnitId, page: 1, pageSize: 20 } } }));
}

/** The label print jobs of one handling unit, newest first. */
export function usePrintJobsOfUnit(handlingUnitId: string) {
  return useQuery({
    queryKey: labelKeys.forUnit(handlingUnitId),
    queryFn: () => getPrintJobsOfUnit(handlingUnitId),
    enabled: handlingUnitId.length > 0,
    staleTime: 0,
  });
}
