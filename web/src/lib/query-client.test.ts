import { http, HttpResponse } from 'msw';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { CURRENT_USER_QUERY_KEY } from '@/lib/session';
import { problem } from '@/testing/problems';
import { server } from '@/testing/server';
import { createQueryClient } from './query-client';

describe('createQueryClient', () => {
  it('forgets the user when any request answers 401', async () => {
    const client = createQueryClient();
    client.setQueryData(CURRENT_USER_QUERY_KEY, { username: 'admin' });
    server.use(http.get('*/api/v1/users', () => problem(401, 'auth.unauthenticated', 'Authentication required')));
    await client.fetchQuery({ queryKey: ['users'], queryFn: () => unwrap(apiClient.GET('/api/v1/users')) }).catch(() => undefined);
    expect(client.getQueryData(CURRENT_USER_QUERY_KEY)).toBeNull();
  });

  it('refreshes the session (and so the antiforgery token) after auth.antiforgery_failed', async () => {
    const client = createQueryClient();
    client.setQueryData(CURRENT_USER_QUERY_KEY, { username: 'admin' });
    server.use(
      http.post('*/api/v1/skus', () => problem(400, 'auth.antiforgery_failed', 'The page is out of date; reload it and try again')),
      http.get('*/api/v1/auth/me', () => HttpResponse.json({ username: 'admin' })),
    );
    await client
      .getMutationCache()
      .build(client, {
        mutationFn: () =>
          unwrap(apiClient.POST('/api/v1/skus', { body: { commandId: 'x', code: 'A', name: 'A', unitOfMeasure: 'EA' } })),
      })
      .execute(undefined)
      .catch(() => undefined);
    expect(client.getQueryState(CURRENT_USER_QUERY_KEY)?.isInvalidated).toBe(true);
  });
});
