import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProblemAlert } from '@/components/ui/problem-alert';
import { Spinner } from '@/components/ui/spinner';
import { useProblem } from '@/lib/api/use-problem';
import { formatLocalStamp, useRelativeTimeFormat } from '@/lib/format';
import { translateDynamic } from '@/lib/i18n/dynamic';
import type { LiveState, NotificationMessage } from '@/lib/live/stock-connection';
import { useNotifications } from '../api/get-notifications';
import { notificationKeys } from '../api/keys';
import { useMarkNotificationsRead } from '../api/mark-notifications-read';
import { withNotification, type Notification, type NotificationList } from '../api/types';

/** How long the short message about a live notification stays on screen. */
export const ANNOUNCEMENT_MS = 8_000;

export interface NotificationInbox {
  /** Hand a notification the live channel pushed. */
  receive: (message: NotificationMessage) => void;
  /** The latest live notification while its short message shows. */
  announcement: NotificationMessage | null;
  dismiss: () => void;
}

/**
 * Takes live notifications: each goes on top of the bell's list at once (the
 * server is asked again to be sure of the count) and is announced briefly.
 */
export function useNotificationInbox(): NotificationInbox {
  const queryClient = useQueryClient();
  const [announcement, setAnnouncement] = useState<NotificationMessage | null>(null);

  const receive = useCallback(
    (message: NotificationMessage) => {
      queryClient.setQueriesData<NotificationList>({ queryKey: notificationKeys.all }, (list) => withNotification(list, message));
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
      setAnnouncement(message);
    },
    [queryClient],
  );
  const dismiss = useCallback(() => setAnnouncement(null), []);

  useEffect(() => {
    if (!announcement) return undefined;
    const timer = setTimeout(dismiss, ANNOUNCEMENT_MS);
    return () => clearTimeout(timer);
  }, [announcement, dismiss]);

  return { receive, announcement, dismiss };
}

function useNotificationTitle() {
  const { t } = useTranslation();
  return (notification: Pick<Notification, 'kind' | 'title'>) =>
    translateDynamic(t, `notifications.kinds.${notification.kind ?? ''}`, notification.title ?? notification.kind ?? '');
}

interface NotificationBellProps {
  inbox: NotificationInbox;
  /** The live channel's state: while it is not live the list is polled, and asked again when it comes back. */
  live: LiveState;
  /** Where a notification leads (e.g. the bumped reservation), if anywhere. */
  hrefFor: (notification: Notification) => string | undefined;
}

/** The header's bell: the unread count, a panel with the newest notifications, and live arrivals announced. */
export function NotificationBell({ inbox, live, hrefFor }: NotificationBellProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const titleOf = useNotificationTitle();
  const relativeTime = useRelativeTimeFormat();
  const [open, setOpen] = useState(false);
  const notifications = useNotifications({ poll: live !== 'live' });
  const markRead = useMarkNotificationsRead();
  const loadProblem = useProblem(notifications.error);
  const markProblem = useProblem(markRead.error);
  const root = useRef<HTMLDivElement>(null);
  const bell = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLElement>(null);
  const panelId = useId();
  const headingId = useId();
  const previousLive = useRef(live);

  const unread = notifications.data?.unread ?? 0;
  const items = notifications.data?.items ?? [];

  // Back after a lost or failed connection: pushes may have been missed.
  useEffect(() => {
    const before = previousLive.current;
    previousLive.current = live;
    if (live === 'live' && (before === 'reconnecting' || before === 'offline')) {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    }
  }, [live, queryClient]);

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  // A click anywhere else closes the panel.
  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const toggle = () => {
    if (!open) void notifications.refetch();
    setOpen(!open);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    bell.current?.focus();
  };

  const openNotification = (notification: Notification) => {
    if (!notification.readAt && notification.id !== undefined) markRead.mutate({ ids: [notification.id] });
    setOpen(false);
  };

  const countText = unread > 99 ? '99+' : String(unread);

  return (
    <div className="notifications" ref={root} onKeyDown={onKeyDown}>
      <Button
        ref={bell}
        variant="ghost"
        className="notifications__bell"
        aria-label={t('notifications.bell', { unread: countText })}
        aria-expanded={open}
        aria-controls={panelId}
        data-testid="notification-bell"
        onClick={toggle}
      >
        <span aria-hidden="true" className="notifications__icon">
          🔔
        </span>
        {unread > 0 ? (
          <span className="notifications__count" aria-hidden="true" data-testid="notification-count">
            {countText}
          </span>
        ) : null}
      </Button>
      {open ? (
        <section id={panelId} ref={panel} className="notifications__panel" aria-labelledby={headingId} tabIndex={-1}>
          <div className="notifications__header">
            <h2 id={headingId} className="notifications__heading">
              {t('notifications.title')}
            </h2>
            <Button disabled={unread === 0 || markRead.isPending} onClick={() => markRead.mutate({})}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
          <ProblemAlert problem={loadProblem} />
          <ProblemAlert problem={markProblem} />
          {notifications.isPending ? <Spinner /> : null}
          {notifications.data && items.length === 0 ? <p className="muted">{t('notifications.none')}</p> : null}
          {items.length > 0 ? (
            <ul className="notifications__list" aria-labelledby={headingId}>
              {items.map((notification) => {
                const isUnread = !notification.readAt;
                const href = hrefFor(notification);
                const content = (
                  <>
                    <span className="notification__title">
                      {isUnread ? <span className="visually-hidden">{t('notifications.unread')}: </span> : null}
                      {titleOf(notification)}
                    </span>{' '}
                    {notification.body ? <span className="notification__body">{notification.body}</span> : null}{' '}
                    <time className="notification__time" dateTime={notification.createdAt} title={formatLocalStamp(notification.createdAt)}>
                      {relativeTime(notification.createdAt)}
                    </time>
                  </>
                );
                return (
                  <li
                    key={notification.id}
                    className={`notification${isUnread ? ' notification--unread' : ''}`}
                    data-testid="notification"
                    data-unread={isUnread}
                  >
                    {href ? (
                      <Link className="notification__content notification__link" to={href} onClick={() => openNotification(notification)}>
                        {content}
                      </Link>
                    ) : (
                      <div className="notification__content">{content}</div>
                    )}
                    {!href && isUnread && notification.id !== undefined ? (
                      <Button
                        variant="ghost"
                        className="notification__mark"
                        disabled={markRead.isPending}
                        onClick={() => markRead.mutate({ ids: [notification.id ?? 0] })}
                      >
                        {t('notifications.markRead')}
                      </Button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </section>
      ) : null}
      {/* The live region holds only the text, so that the dismiss button is not read out with it. */}
      <div className={`notifications__toast${inbox.announcement ? ' notifications__toast--shown' : ''}`}>
        <span role="status" data-testid="notification-toast">
          {inbox.announcement
            ? t('notifications.arrived', { title: titleOf(inbox.announcement), body: inbox.announcement.body ?? '' })
            : null}
        </span>
        {inbox.announcement ? (
          <Button variant="ghost" className="notifications__dismiss" aria-label={t('notifications.dismiss')} onClick={inbox.dismiss}>
            <span aria-hidden="true">×</span>
          </Button>
        ) : null}
      </div>
    </div>
  );
}
