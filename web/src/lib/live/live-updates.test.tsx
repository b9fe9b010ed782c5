import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { fakeStockConnections } from '@/testing/fake-stock-connection';
import { LIVE_REFRESH_DEBOUNCE_MS, StockConnectionProvider, useLiveStockUpdates } from './live-updates';
import { retryDelay, type NotificationMessage } from './stock-connection';

function setup(sessionKey: string | null = 'user-1', onNotification?: (message: NotificationMessage) => void) {
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries').mockResolvedValue();
  const live = fakeStockConnections();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <StockConnectionProvider factory={live.factory}>{children}</StockConnectionProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(({ key }: { key: string | null }) => useLiveStockUpdates(key, { onNotification }), {
    wrapper,
    initialProps: { key: sessionKey },
  });
  const invalidatedRoots = () => invalidate.mock.calls.map(([filters]) => filters?.queryKey?.[0]);
  return { ...hook, live, invalidate, invalidatedRoots };
}

describe('useLiveStockUpdates', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts the connection for a signed-in user and reports its state', () => {
    const { result, live } = setup();
    expect(live.current?.started).toBe(true);
    expect(result.current).toBe('connecting');
    act(() => live.current?.setState('live'));
    expect(result.current).toBe('live');
    act(() => live.current?.setState('reconnecting'));
    expect(result.current).toBe('reconnecting');
  });

  it('opens nothing while nobody is signed in', () => {
    const { result, live } = setup(null);
    expect(live.all).toHaveLength(0);
    expect(result.current).toBe('offline');
  });

  it('invalidates the balances and movements roots once, shortly after a burst of StockMoved', () => {
    const { live, invalidate, invalidatedRoots } = setup();
    act(() => live.current?.setState('live'));
    act(() => {
      live.current?.pushStockMoved({ sequence: 100 });
      live.current?.pushStockMoved({ sequence: 101 });
      live.current?.pushStockMoved({ sequence: 102 });
    });
    expect(invalidate).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS);
    });
    expect(invalidatedRoots().sort()).toEqual(['balances', 'movements']);

    invalidate.mockClear();
    act(() => live.current?.pushStockMoved({ sequence: 103 }));
    act(() => {
      vi.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS);
    });
    expect(invalidatedRoots().sort()).toEqual(['balances', 'movements']);
  });

  it('still refreshes under a steady stream of movements', () => {
    const { live, invalidatedRoots } = setup();
    for (let tick = 0; tick < 12; tick += 1) {
      act(() => {
        live.current?.pushStockMoved({ sequence: 200 + tick });
        vi.advanceTimersByTime(100);
      });
    }
    expect(invalidatedRoots()).toContain('balances');
  });

  it('refreshes after a lost connection came back, since messages may have been missed', () => {
    const { live, invalidatedRoots } = setup();
    act(() => live.current?.setState('reconnecting'));
    act(() => live.current?.setState('live', true));
    act(() => {
      vi.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS);
    });
    expect(invalidatedRoots().sort()).toEqual(['balances', 'movements']);
  });

  it('hands each Notification to the handler without refreshing the stock, and none after sign-out', () => {
    const received: NotificationMessage[] = [];
    const { live, invalidate, rerender } = setup('user-1', (message) => received.push(message));
    act(() => live.current?.setState('live'));
    act(() => live.current?.pushNotification({ id: 41, subject: 'r-41' }));
    expect(received.map((message) => [message.id, message.kind, message.subject])).toEqual([[41, 'ReservationBumped', 'r-41']]);
    act(() => {
      vi.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS * 2);
    });
    expect(invalidate).not.toHaveBeenCalled();

    const connection = live.current;
    rerender({ key: null });
    act(() => connection?.pushNotification({ id: 42 }));
    expect(received).toHaveLength(1);
  });

  it('stops the connection at sign-out and ignores what arrives afterwards', () => {
    const { live, rerender, result, invalidate } = setup();
    const connection = live.current;
    rerender({ key: null });
    expect(connection?.stopped).toBe(true);
    expect(result.current).toBe('offline');
    act(() => connection?.pushStockMoved());
    act(() => {
      vi.advanceTimersByTime(LIVE_REFRESH_DEBOUNCE_MS * 2);
    });
    expect(invalidate).not.toHaveBeenCalled();
  });
});

describe('retryDelay', () => {
  it('retries at once, then backs off to every 15 s without giving up', () => {
    expect([0, 1, 2, 3, 4, 50].map(retryDelay)).toEqual([0, 2_000, 5_000, 10_000, 15_000, 15_000]);
  });
});
