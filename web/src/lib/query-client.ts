import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api/problem';
import { CURRENT_USER_QUERY_KEY } from '@/lib/session';

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    // The session ended (expired cookie, server restart): show the login page.
    if (isApiError(error, 401)) queryClient.setQueryData(CURRENT_USER_QUERY_KEY, null);
    // A stale antiforgery token: /auth/me issues a fresh XSRF-TOKEN cookie, so the person's retry succeeds.
    if (isApiError(error, 400) && error.problem.code === 'auth.antiforgery_failed') {
      void queryClient.invalidateQueries({ queryKey: CURRENT_USER_QUERY_KEY });
    }
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Problems answered by the server are final; only lost connections are retried.
        retry: (failureCount, error) => !isApiError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
