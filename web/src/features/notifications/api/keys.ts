export const notificationKeys = {
  all: ['notifications'] as const,
  list: (count: number) => [...notificationKeys.all, 'list', count] as const,
};
