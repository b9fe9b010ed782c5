import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProvider } from '@/app/provider';
import { createRoutes } from '@/app/router';
import { db } from './data';
import { fakeStockConnections } from './fake-stock-connection';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity }, mutations: { retry: false } },
  });
}

type SignedIn = NonNullable<typeof db.currentUser>;

/** Renders the whole app at a URL, optionally signed in and with some flags on. */
export function renderApp(url = '/', options: { user?: SignedIn | null; flags?: Record<string, boolean> } = {}) {
  db.currentUser = options.user ?? null;
  Object.assign(db.myFlags, options.flags ?? {});
  const router = createMemoryRouter(createRoutes(), { initialEntries: [url] });
  const user = userEvent.setup();
  const live = fakeStockConnections();
  const queryClient = createTestQueryClient();
  const view = render(
    <AppProvider queryClient={queryClient} stockConnection={live.factory}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, live, queryClient };
}

/** Renders one component with the providers and a router around it. */
export function renderWithProviders(ui: ReactElement, { url = '/' }: { url?: string } = {}) {
  const router = createMemoryRouter([{ path: '*', element: ui as ReactNode }], { initialEntries: [url] });
  const user = userEvent.setup();
  const live = fakeStockConnections();
  const queryClient = createTestQueryClient();
  const view = render(
    <AppProvider queryClient={queryClient} stockConnection={live.factory}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, user, router, live, queryClient };
}
