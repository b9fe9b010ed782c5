import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { operationsKeys } from './keys';

export type ProjectionRebuildStatus = ResponseBody<'/api/v1/projections/rebuilds/{id}', 'get', 200>;

export const REBUILD_POLL_MS = 1_000;
export const FINAL_REBUILD_STATES = ['equal', 'differed', 'failed'] as const;

export function isFinished(rebuild: ProjectionRebuildStatus | undefined): boolean {
  return FINAL_REBUILD_STATES.some((state) => state === rebuild?.state);
}

export function getProjectionRebuild(id: number) {
  return unwrap(apiClient.GET('/api/v1/projections/rebuilds/{id}', { params: { path: { id } } }));
}

/** A rebuild's progress, asked every second until it is equal, differed or failed. */
export function useProjectionRebuild(id: number) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: operationsKeys.rebuild(id),
    queryFn: () => getProjectionRebuild(id),
    refetchInterval: (current) => (isFinished(current.state.data) ? false : REBUILD_POLL_MS),
    staleTime: 0,
  });
  const finished = isFinished(query.data);
  useEffect(() => {
    // A finished rebuild changed the projection's counters.
    if (finished) void queryClient.invalidateQueries({ queryKey: operationsKeys.projections() });
  }, [finished, queryClient]);
  return query;
}
