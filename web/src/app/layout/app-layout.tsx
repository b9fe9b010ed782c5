import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { useLogout } from '@/features/auth/api/logout';
import { RESERVATION_BUMPED, type Notification } from '@/features/notifications/api/types';
import { NotificationBell, useNotificationInbox } from '@/features/notifications/components/notification-bell';
import { RefreshingIndicator } from '@/features/operations/components/refreshing-indicator';
import { useLiveStockUpdates } from '@/lib/live/live-updates';
import { translateDynamic } from '@/lib/i18n/dynamic';
import { useSignedInUser } from '../guards';
import { paths, reservationPath } from '../paths';
import { LanguageSwitcher } from './language-switcher';
import { LiveStatus } from './live-status';
import { Navigation } from './navigation';

const NAV_ID = 'main-navigation';

/** A bumped reservation's notification opens that reservation. */
const notificationHref = (notification: Notification) =>
  notification.kind === RESERVATION_BUMPED && notification.subject ? reservationPath(notification.subject) : undefined;

export function AppLayout() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const roles = user.roles ?? [];
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  // Open while signed in: this layout only renders for a signed-in user and goes away at logout.
  const inbox = useNotificationInbox();
  const live = useLiveStockUpdates(user.id, { onNotification: inbox.receive });

  // After moving to another page, screen readers and keyboards start at its content.
  useEffect(() => {
    if (pathname !== firstPath.current) main.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Button
          className="topbar__menu"
          variant="ghost"
          aria-controls={NAV_ID}
          aria-expanded={menuOpen}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">{menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}</span>
        </Button>
        <span className="topbar__brand">{t('app.name')}</span>
        <div className="topbar__status">
          <RefreshingIndicator variant="header" />
          <LiveStatus state={live} />
        </div>
        <NotificationBell inbox={inbox} live={live} hrefFor={notificationHref} />
        <div className="topbar__user" data-testid="current-user">
          <span className="topbar__name">{user.displayName}</span>
          <span className="topbar__roles" aria-label={t('header.roles')}>
            {roles.map((role) => translateDynamic(t, `roles.${role}`, role)).join(', ')}
          </span>
        </div>
        <LanguageSwitcher />
        <Button
          variant="ghost"
          className="topbar__logout"
          disabled={logout.isPending}
          onClick={() =>
            logout.mutate(undefined, { onSuccess: () => void navigate(paths.login, { replace: true }) })
          }
        >
          {t('header.logout')}
        </Button>
      </header>
      <div className="shell__body">
        <Navigation id={NAV_ID} roles={roles} open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main id="main" ref={main} className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
