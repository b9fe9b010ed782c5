import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFeatureFlag } from '@/features/feature-flags/api/get-my-feature-flags';
import {
  FEATURE_FLAGS,
  HANDLING_UNIT_OVERVIEW_ROLES,
  HANDLING_UNIT_ROLES,
  hasAnyRole,
  LAYOUT_ROLES,
  MOVE_STOCK_ROLES,
  OPERATIONS_ROLES,
  RECEIPT_ALERT_ROLES,
  RESERVATION_PICK_ROLES,
  RESERVATION_PLAN_ROLES,
  type Role,
} from '@/lib/authorization';
import { paths } from '../paths';

type LabelKey =
  | 'home'
  | 'items'
  | 'stock'
  | 'moveStock'
  | 'handlingUnitTasks'
  | 'handlingUnits'
  | 'receiptAlerts'
  | 'reservations'
  | 'pick'
  | 'movements'
  | 'layout'
  | 'operations'
  | 'users'
  | 'apiKeys'
  | 'featureFlags'
  | 'offline';

interface NavItem {
  to: string;
  label: LabelKey;
  roles?: readonly Role[];
  flag?: string;
}

const NAV_ITEMS: readonly NavItem[] = [
  { to: paths.home, label: 'home' },
  { to: paths.items, label: 'items' },
  { to: paths.stock, label: 'stock' },
  { to: paths.moveStock, label: 'moveStock', roles: MOVE_STOCK_ROLES },
  { to: paths.handlingUnitTasks, label: 'handlingUnitTasks', roles: HANDLING_UNIT_ROLES },
  { to: paths.handlingUnits, label: 'handlingUnits', roles: HANDLING_UNIT_OVERVIEW_ROLES },
  { to: paths.receiptAlerts, label: 'receiptAlerts', roles: RECEIPT_ALERT_ROLES },
  { to: paths.reservations, label: 'reservations', roles: RESERVATION_PLAN_ROLES, flag: FEATURE_FLAGS.reservationEngine },
  { to: paths.pick, label: 'pick', roles: RESERVATION_PICK_ROLES, flag: FEATURE_FLAGS.reservationEngine },
  { to: paths.movements, label: 'movements' },
  { to: paths.layout, label: 'layout', roles: LAYOUT_ROLES },
  { to: paths.operations, label: 'operations', roles: OPERATIONS_ROLES },
  { to: paths.offline, label: 'offline', flag: FEATURE_FLAGS.offlineOperations },
  { to: paths.users, label: 'users', roles: ['Administrator'] },
  { to: paths.apiKeys, label: 'apiKeys', roles: ['Administrator'] },
  { to: paths.featureFlags, label: 'featureFlags', roles: ['Administrator'] },
];

interface NavigationProps {
  id: string;
  roles: readonly string[];
  open: boolean;
  onNavigate: () => void;
}

/** Role- and flag-aware main navigation: a side bar on desktops, a drop-down menu on handhelds. */
export function Navigation({ id, roles, open, onNavigate }: NavigationProps) {
  const { t } = useTranslation();
  const offline = useFeatureFlag(FEATURE_FLAGS.offlineOperations);
  const reservations = useFeatureFlag(FEATURE_FLAGS.reservationEngine);
  const flags: Record<string, boolean> = {
    [FEATURE_FLAGS.offlineOperations]: offline,
    [FEATURE_FLAGS.reservationEngine]: reservations,
  };
  const visible = NAV_ITEMS.filter(
    (item) => (!item.roles || hasAnyRole(roles, item.roles)) && (!item.flag || flags[item.flag] === true),
  );
  return (
    <nav id={id} className={`nav${open ? ' nav--open' : ''}`} aria-label={t('nav.label')}>
      <ul className="nav__list">
        {visible.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.to === paths.home}
              className={({ isActive }) => `nav__link${isActive ? ' nav__link--active' : ''}`}
              onClick={onNavigate}
              data-testid={`nav-${item.label}`}
            >
              {t(`nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
