import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

/**
 * Calls the API from inside the page, as the signed-in person: the session
 * cookie rides along and the XSRF-TOKEN cookie goes into X-XSRF-TOKEN.
 */
export async function callApi(page: Page, method: string, path: string, body?: Record<string, unknown>): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const token = document.cookie
        .split(';')
        .map((part) => part.trim())
        .find((part) => part.startsWith('XSRF-TOKEN='))
        ?.slice('XSRF-TOKEN='.length);
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body ? { 'Content-Type': 'application/json' } : {}),
          ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: keep the text.
      }
      return { status: response.status, body: parsed };
    },
    { method, path, body },
  );
}

export async function expectCreated(answer: Promise<ApiAnswer>, what: string) {
  const { status, body } = await answer;
  expect(status, `${what}: ${JSON.stringify(body)}`).toBeLessThan(300);
  return body;
}

