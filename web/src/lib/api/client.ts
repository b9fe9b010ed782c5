import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema';

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);
// Login is the one unsafe call made before the server has issued a token.
const ANTIFORGERY_EXEMPT_PATHS = new Set(['/api/v1/auth/login']);

export function readCookie(name: string): string | undefined {
  const prefix = `${name}=`;
  for (const part of document.cookie.split(';')) {
    const trimmed = part.trim();
    if (trimmed.startsWith(prefix)) {
      return decodeURIComponent(trimmed.slice(prefix.length));
    }
  }
  return undefined;
}

/**
 * Sends the antiforgery token on every unsafe request. The cookie is read at
 * request time because the server rotates it at login and on /auth/me.
 */
export const antiforgeryMiddleware: Middleware = {
  onRequest({ request, schemaPath }) {
    if (SAFE_METHODS.has(request.method.toUpperCase()) || ANTIFORGERY_EXEMPT_PATHS.has(schemaPath)) {
      return undefined;
    }
    const token = readCookie(XSRF_COOKIE);
    if (token) {
      request.headers.set(XSRF_HEADER, token);
    }
    return request;
  },
};

export const apiClient = createClient<paths>({
  // An absolute base keeps Request construction valid outside browsers (tests).
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Resolved per call so that test doubles installed after import are used.
  fetch: (request) => globalThis.fetch(request),
});

apiClient.use(antiforgeryMiddleware);
