import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { CURRENT_USER_QUERY_KEY } from '@/lib/session';

export type CurrentUser = ResponseBody<'/api/v1/auth/me', 'get', 200>;

/** The signed-in user, or null when nobody is signed in. */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await unwrap(apiClient.GET('/api/v1/auth/me'));
  } catch (error) {
    if (isApiError(error, 401)) return null;
    throw error;
  }
}

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: CURRENT_USER_QUERY_KEY,
    queryFn: getCurrentUser,
    staleTime: 5 * 60_000,
  });

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
