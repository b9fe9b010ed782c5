import type { RouteObject } from 'react-router';
import { FEATURE_FLAGS } from '@/lib/authorization';
import { RequireAuth, RequireFlag, RequireRole } from './guards';
import { AppLayout } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys';
import { FeatureFlagsRoute } from './routes/feature-flags';
import { HomeRoute } from './routes/home';
import { ItemsRoute } from './routes/items';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { OfflineRoute } from './routes/offline';
import { UsersRoute } from './routes/users';
import { paths } from './paths';


export function createRoutes(): RouteObject[] {
  return [
    { path: paths.login, element: <LoginRoute /> },
    {
      path: '/',
      element: (
        <RequireAuth>
          <AppLayout />
        </RequireAuth>
      ),
      children: [
        { index: true, element: <HomeRoute /> },
        { path: paths.items, element: <ItemsRoute /> },
        {
          path: paths.users,
          element: (
            <RequireRole roles={['Administrator']}>
              <UsersRoute />
            </RequireRole>
          ),
        },
        {
          path: paths.apiKeys,
          element: (
            <RequireRole roles={['Administrator']}>
              <ApiKeysRoute />
            </RequireRole>
          ),
        },
        {
          path: paths.featureFlags,
          element: (
            <RequireRole roles={['Administrator']}>
              <FeatureFlagsRoute />
            </RequireRole>
          ),
        },
        {
          path: paths.offline,
          element: (
            <RequireFlag flag={FEATURE_FLAGS.offlineOperations}>
              <OfflineRoute />
            </RequireFlag>
          ),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}
