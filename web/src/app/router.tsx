import { Navigate, type RouteObject } from 'react-router';
import { FEATURE_FLAGS, LAYOUT_ROLES, MOVE_STOCK_ROLES, OPERATIONS_ROLES } from '@/lib/authorization';
import { RequireAuth, RequireFlag, RequireRole } from './guards';
import { AppLayout } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys';
import { FeatureFlagsRoute } from './routes/feature-flags';
import { HomeRoute } from './routes/home';
import { ItemsRoute } from './routes/items';
import { LayoutRoute } from './routes/layout';
import { LoginRoute } from './routes/login';
import { MoveStockRoute } from './routes/move-stock';
import { MovementsRoute } from './routes/movements';
import { NotFoundRoute } from './routes/not-found';
import { OfflineRoute } from './routes/offline';
import { OperationsRoute } from './routes/operations';
import { StockRoute } from './routes/stock';
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
        { path: paths.stock, element: <Navigate to={paths.stockByLocation} replace /> },
        { path: paths.stockByLocation, element: <StockRoute by="location" /> },
        { path: paths.stockByItem, element: <StockRoute by="item" /> },
        { path: paths.movements, element: <MovementsRoute /> },
        {
          path: paths.moveStock,
          element: (
            <RequireRole roles={MOVE_STOCK_ROLES}>
              <MoveStockRoute />
            </RequireRole>
          ),
        },
        {
          path: paths.layout,
          element: (
            <RequireRole roles={LAYOUT_ROLES}>
              <LayoutRoute />
            </RequireRole>
          ),
        },
        {
          path: paths.operations,
          element: (
            <RequireRole roles={OPERATIONS_ROLES}>
              <OperationsRoute />
            </RequireRole>
          ),
        },
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
