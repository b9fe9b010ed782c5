import type { QueryClient } from '@tanstack/react-query';

/** Query key of the signed-in user; null data means "signed out". */
export const CURRENT_USER_QUERY_KEY = ['auth', 'me'] as const;

/** Forgets everything cached for the previous user and records the new session state. */
export function resetSession<T>(queryClient: QueryClient, user: T | null): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== CURRENT_USER_QUERY_KEY[0] });
  queryClient.setQueryData(CURRENT_USER_QUERY_KEY, user);
}
