import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { createSignalRStockConnection } from './signalr-stock-connection';
import type { LiveState, NotificationMessage, StockConnectionFactory } from './stock-connection';

const StockConnectionContext = createContext<StockConnectionFactory>(createSignalRStockConnection);

/** Chooses how the live stock channel is made (tests pass a fake). */
export function StockConnectionProvider({ factory, children }: { factory: StockConnectionFactory; children: ReactNode }) {
  return <StockConnectionContext.Provider value={factory}>{children}</StockConnectionContext.Provider>;
}

/** How long after a StockMoved the screens refresh; more messages in that window join the same refresh. */
export const LIVE_REFRESH_DEBOUNCE_MS = 300;
/** Under a steady stream of movements the screens still refresh at least this often. */
export const LIVE_REFRESH_MAX_WAIT_MS = 1_000;

export interface LiveStockOptions {
  /** Called with each notification the hub pushes to the signed-in person. */
  onNotification?: (message: NotificationMessage) => void;
}

/**
 * Keeps the live stock channel open while `sessionKey` is set (the signed-in
 * user) and refreshes the balances and the movement history shortly after
 * each StockMoved, and after a lost connection came back (messages may have
 * been missed). Notifications go to `onNotification`. Returns the connection's
 * state for the header.
 */
export function useLiveStockUpdates(sessionKey: string | null | undefined, { onNotification }: LiveStockOptions = {}): LiveState {
  const queryClient = useQueryClient();
  const factory = useContext(StockConnectionContext);
  const [state, setState] = useState<LiveState>('offline');
  // The latest handler, so that a new one does not reopen the connection.
  const notificationHandler = useRef(onNotification);
  useEffect(() => {
    notificationHandler.current = onNotification;
  }, [onNotification]);

  useEffect(() => {
    if (!sessionKey) return undefined;
    const connection = factory();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt: number | undefined;

    const flush = () => {
      timer = undefined;
      firstPendingAt = undefined;
      void queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances });
      void queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.movements });
    };
    const scheduleRefresh = () => {
      const now = Date.now();
      firstPendingAt ??= now;
      if (timer !== undefined) clearTimeout(timer);
      const wait = Math.min(LIVE_REFRESH_DEBOUNCE_MS, Math.max(0, firstPendingAt + LIVE_REFRESH_MAX_WAIT_MS - now));
      timer = setTimeout(flush, wait);
    };

    const offMessage = connection.on('stockMoved', scheduleRefresh);
    const offNotification = connection.on('notification', (message) => notificationHandler.current?.(message));
    const offState = connection.on('stateChanged', (next, resumed) => {
      setState(next);
      if (resumed) scheduleRefresh();
    });
    connection.start();

    return () => {
      offMessage();
      offNotification();
      offState();
      if (timer !== undefined) clearTimeout(timer);
      void connection.stop().catch(() => undefined);
      setState('offline');
    };
  }, [factory, queryClient, sessionKey]);

  return state;
}
