import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { operationsKeys } from './keys';

export type ConsistencyCheck = ResponseBody<'/api/v1/consistency-checks', 'get', 200>[number];
export type ConsistencyFinding = NonNullable<ConsistencyCheck['findings']>[number];

export function getConsistencyChecks() {
  return unwrap(apiClient.GET('/api/v1/consistency-checks'));
}

/** The latest 30 check results, newest first. */
export function useConsistencyChecks() {
  return useQuery({ queryKey: operationsKeys.consistencyChecks(), queryFn: getConsistencyChecks });
}
