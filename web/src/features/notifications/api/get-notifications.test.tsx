import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { db, demoUsers } from '@/testing/data';
import { createTestQueryClient } from '@/testing/test-utils';
import { NOTIFICATION_POLL_MS, useNotifications } from './get-notifications';

function setup(poll: boolean) {
  db.currentUser = demoUsers.manager;
  const queryClient = createTestQueryClient();
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  return renderHook(() => useNotifications({ poll }), { wrapper });
}

describe('useNotifications', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('asks again every 30 s while the live channel is down', async () => {
    const { result } = setup(true);
    await waitFor(() => expect(result.current.data?.unread).toBe(1));
    db.notifications.push({ ...db.notifications[0], id: 3, recipient: 'manager', readAt: null });
    await vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS);
    await waitFor(() => expect(result.current.data?.unread).toBe(2));
  });

  it('does not poll while the live channel pushes', async () => {
    const { result } = setup(false);
    await waitFor(() => expect(result.current.data?.unread).toBe(1));
    db.notifications.push({ ...db.notifications[0], id: 3, recipient: 'manager', readAt: null });
    await vi.advanceTimersByTimeAsync(NOTIFICATION_POLL_MS * 2);
    expect(result.current.data?.unread).toBe(1);
  });
});
