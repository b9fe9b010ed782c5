import { http, HttpResponse } from 'msw';
import { server } from '@/testing/server';
import { apiClient, XSRF_HEADER } from './client';

function recordHeaders() {
  const seen: { method: string; path: string; token: string | null }[] = [];
  server.use(
    http.all('*/api/v1/*', ({ request }) => {
      seen.push({ method: request.method, path: new URL(request.url).pathname, token: request.headers.get(XSRF_HEADER) });
      return HttpResponse.json({});
    }),
  );
  return seen;
}

const body = { commandId: '00000000-0000-4000-8000-000000000000', code: 'A', name: 'A', unitOfMeasure: 'EA' };

describe('apiClient antiforgery', () => {
  it('sends the current XSRF-TOKEN cookie value on unsafe methods, read at request time', async () => {
    const seen = recordHeaders();
    document.cookie = 'XSRF-TOKEN=first%2Btoken; path=/';
    await apiClient.POST('/api/v1/skus', { body });
    document.cookie = 'XSRF-TOKEN=rotated-token; path=/';
    await apiClient.PUT('/api/v1/feature-flags/{key}', {
      params: { path: { key: 'enable_agnum_export' } },
      body: { commandId: body.commandId, enabled: true, rolloutPercentage: 10, userWhitelist: [] },
    });
    expect(seen.map((request) => request.token)).toEqual(['first+token', 'rotated-token']);
  });

  it('does not send the header on safe methods nor on login', async () => {
    const seen = recordHeaders();
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    await apiClient.GET('/api/v1/auth/me');
    await apiClient.POST('/api/v1/auth/login', { body: { username: 'a', password: 'b' } });
    expect(seen).toEqual([
      { method: 'GET', path: '/api/v1/auth/me', token: null },
      { method: 'POST', path: '/api/v1/auth/login', token: null },
    ]);
  });

  it('sends cookies on the same origin only', async () => {
    let credentials: RequestCredentials | undefined;
    server.use(
      http.get('*/api/v1/auth/me', ({ request }) => {
        credentials = request.credentials;
        return HttpResponse.json({});
      }),
    );
    await apiClient.GET('/api/v1/auth/me');
    expect(credentials).toBe('same-origin');
  });
});
