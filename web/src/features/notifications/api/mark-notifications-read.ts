import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { newCommandId } from '@/lib/command-id';
import { notificationKeys } from './keys';
import { withRead, type NotificationList } from './types';

/** The notifications to mark read; none given: all of the person's. */
export interface MarkNotificationsReadInput {
  ids?: number[];
}

export function markNotificationsRead({ ids }: MarkNotificationsReadInput) {
  return unwrap(apiClient.POST('/api/v1/notifications/read', { body: { commandId: newCommandId(), ids } }));
}

/** Marks read at once on screen, then asks the server for the list again (it has the true unread count). */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onMutate: async ({ ids }) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const readAt = new Date().toISOString();
      queryClient.setQueriesData<NotificationList>({ queryKey: notificationKeys.all }, (list) => withRead(list, ids, readAt));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
