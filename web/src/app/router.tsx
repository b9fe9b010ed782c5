import type { ReactElement } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import {
  FEATURE_FLAGS,
  HANDLING_UNIT_OVERVIEW_ROLES,
  HANDLING_UNIT_ROLES,
  LAYOUT_ROLES,
  MOVE_STOCK_ROLES,
  OPERATIONS_ROLES,
  RECEIPT_ALERT_ROLES,
  RESERVATION_PICK_ROLES,
  RESERVATION_PLAN_ROLES,
  type Role,
} from '@/lib/authorization';
import { RequireAuth, RequireFlag, RequireRole } from './guards';
import { AppLayout } from './layout/app-layout';
import { ApiKeysRoute } from './routes/api-keys';
import { FeatureFlagsRoute } from './routes/feature-flags';
import {
  CreateHandlingUnitRoute,
  HandlingUnitDetailRoute,
  HandlingUnitsRoute,
  HandlingUnitTasksRoute,
  MergeHandlingUnitsRoute,
  PackHandlingUnitRoute,
  PutAwayRoute,
  ReceiptAlertsRoute,
  ReceiveGoodsRoute,
  SplitHandlingUnitRoute,
} from './routes/handling-units';
import { HomeRoute } from './routes/home';
import { ItemsRoute } from './routes/items';
import { LayoutRoute } from './routes/layout';
import { LoginRoute } from './routes/login';
import { MoveStockRoute } from './routes/move-stock';
import { MovementsRoute } from './routes/movements';
import { NotFoundRoute } from './routes/not-found';
import { OfflineRoute } from './routes/offline';
import { OperationsRoute } from './routes/operations';
import { NewReservationRoute, PickRoute, ReservationDetailRoute, ReservationsRoute } from './routes/reservations';
import { StockRoute } from './routes/stock';
import { UsersRoute } from './routes/users';
import { paths } from './paths';


const guarded = (roles: readonly Role[], element: ReactElement) => <RequireRole roles={roles}>{element}</RequireRole>;

/** Reservation screens: only while enable_reservation_engine is on for the person, and only for the roles given. */
const reservationScreen = (roles: readonly Role[], element: ReactElement) => (
  <RequireFlag flag={FEATURE_FLAGS.reservationEngine}>{guarded(roles, element)}</RequireFlag>
);

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
        { path: paths.handlingUnitTasks, element: guarded(HANDLING_UNIT_ROLES, <HandlingUnitTasksRoute />) },
        { path: paths.putAway, element: guarded(HANDLING_UNIT_ROLES, <PutAwayRoute />) },
        { path: paths.handlingUnitDetail, element: guarded(HANDLING_UNIT_ROLES, <HandlingUnitDetailRoute />) },
        { path: `${paths.handlingUnitDetail}/:lpn`, element: guarded(HANDLING_UNIT_ROLES, <HandlingUnitDetailRoute />) },
        { path: paths.splitHandlingUnit, element: guarded(HANDLING_UNIT_ROLES, <SplitHandlingUnitRoute />) },
        { path: paths.mergeHandlingUnits, element: guarded(HANDLING_UNIT_ROLES, <MergeHandlingUnitsRoute />) },
        { path: paths.createHandlingUnit, element: guarded(HANDLING_UNIT_ROLES, <CreateHandlingUnitRoute />) },
        { path: paths.packHandlingUnit, element: guarded(HANDLING_UNIT_ROLES, <PackHandlingUnitRoute />) },
        { path: paths.handlingUnits, element: guarded(HANDLING_UNIT_OVERVIEW_ROLES, <HandlingUnitsRoute />) },
        { path: paths.receiveGoods, element: guarded(HANDLING_UNIT_ROLES, <ReceiveGoodsRoute />) },
        { path: paths.receiptAlerts, element: guarded(RECEIPT_ALERT_ROLES, <ReceiptAlertsRoute />) },
        { path: paths.reservations, element: reservationScreen(RESERVATION_PLAN_ROLES, <ReservationsRoute />) },
        { path: paths.newReservation, element: reservationScreen(RESERVATION_PLAN_ROLES, <NewReservationRoute />) },
        { path: `${paths.reservations}/:id`, element: reservationScreen(RESERVATION_PLAN_ROLES, <ReservationDetailRoute />) },
        { path: paths.pick, element: reservationScreen(RESERVATION_PICK_ROLES, <PickRoute />) },
        { path: `${paths.pick}/:id`, element: reservationScreen(RESERVATION_PICK_ROLES, <PickRoute />) },
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
