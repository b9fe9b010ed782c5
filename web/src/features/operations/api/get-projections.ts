import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { operationsKeys } from './keys';

export type ProjectionStatus = ResponseBody<'/api/v1/projections', 'get', 200>[number];

/** How often the projections' lag is asked while someone is signed in. */
export const PROJECTION_POLL_MS = 5_000;

/** Above this lag a projection is "refreshing": what it shows may be a few seconds old. */
export const REFRESHING_LAG_SECONDS = 5;

export function getProjections() {
  return unwrap(apiClient.GET('/api/v1/projections'));
}

/**
 * The read models behind the ledger with their lag. One caller polls (the
 * header); the others read the same cached answer.
 */
export function useProjections({ poll = false }: { poll?: boolean } = {}) {
  return useQuery({
    queryKey: operationsKeys.projections(),
    queryFn: getProjections,
    refetchInterval: poll ? PROJECTION_POLL_MS : false,
    refetchIntervalInBackground: false,
    staleTime: PROJECTION_POLL_MS,
  });
}

export function isRefreshing(projections: readonly ProjectionStatus[] | undefined): boolean {
  return (projections ?? []).some((projection) => (projection.lagSeconds ?? 0) > REFRESHING_LAG_SECONDS);
}
