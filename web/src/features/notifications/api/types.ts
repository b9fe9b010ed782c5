import type { ResponseBody } from '@/lib/api/types';

export type NotificationList = ResponseBody<'/api/v1/notifications', 'get', 200>;
export type Notification = NonNullable<NotificationList['items']>[number];

/** A notification about a bumped reservation; its subject is the reservation id. */
export const RESERVATION_BUMPED = 'ReservationBumped';

const isUnread = (notification: Notification) => !notification.readAt;

/** The list with one more notification on top (a live push), unless it is already there. */
export function withNotification(list: NotificationList | undefined, notification: Notification): NotificationList | undefined {
  if (!list) return list;
  const items = list.items ?? [];
  if (items.some((item) => item.id === notification.id)) return list;
  return { items: [notification, ...items], unread: (list.unread ?? 0) + (isUnread(notification) ? 1 : 0) };
}

/** The list with the given notifications (all when `ids` is undefined) marked read at `readAt`. */
export function withRead(list: NotificationList | undefined, ids: readonly number[] | undefined, readAt: string): NotificationList | undefined {
  if (!list) return list;
  const chosen = (notification: Notification) => ids === undefined || ids.includes(notification.id ?? -1);
  const items = list.items ?? [];
  const changed = items.filter((item) => chosen(item) && isUnread(item)).length;
  return {
    items: items.map((item) => (chosen(item) && isUnread(item) ? { ...item, readAt } : item)),
    unread: ids === undefined ? 0 : Math.max(0, (list.unread ?? 0) - changed),
  };
}
