import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { notificationKeys } from './keys';

/** How many of the newest notifications the bell lists. */
export const NOTIFICATION_COUNT = 20;
/** While the live channel is down, the bell asks this often instead. */
export const NOTIFICATION_POLL_MS = 30_000;

export function getNotifications(count: number) {
  return unwrap(apiClient.GET('/api/v1/notifications', { params: { query: { count } } }));
}

/**
 * The signed-in person's newest notifications and the unread count. Live pushes
 * keep it current; `poll` asks again every 30 s for when the live channel is down.
 */
export function useNotifications({ poll }: { poll: boolean }) {
  return useQuery({
    queryKey: notificationKeys.list(NOTIFICATION_COUNT),
    queryFn: () => getNotifications(NOTIFICATION_COUNT),
    refetchInterval: poll ? NOTIFICATION_POLL_MS : false,
    refetchIntervalInBackground: false,
  });
}
