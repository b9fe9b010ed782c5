import { HubConnectionBuilder, HubConnectionState, LogLevel, type HubConnection } from '@microsoft/signalr';
import {
  ConnectionEvents,
  NOTIFICATION,
  retryDelay,
  STOCK_HUB_PATH,
  STOCK_MOVED,
  type NotificationMessage,
  type StockConnection,
  type StockMovedMessage,
} from './stock-connection';

/**
 * The live stock channel over SignalR (same origin, the session cookie
 * authenticates). Reconnects by itself after a lost connection, and keeps
 * retrying a first start that failed (the server restarting, a handheld
 * waking up without a network).
 */
export function createSignalRStockConnection(url: string = STOCK_HUB_PATH): StockConnection {
  const events = new ConnectionEvents();
  const connection: HubConnection = new HubConnectionBuilder()
    .withUrl(url)
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => retryDelay(previousRetryCount) })
    .configureLogging(LogLevel.None)
    .build();

  let stopped = true;
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;

  connection.on(STOCK_MOVED, (message: StockMovedMessage) => events.emitStockMoved(message));
  connection.on(NOTIFICATION, (message: NotificationMessage) => events.emitNotification(message));
  connection.onreconnecting(() => events.emitState('reconnecting'));
  connection.onreconnected(() => events.emitState('live', true));
  connection.onclose(() => {
    if (stopped) {
      events.emitState('offline');
      return;
    }
    // Closed for good by the client library (it does not retry once it gave up): start over.
    events.emitState('reconnecting');
    scheduleStart(true);
  });

  const tryStart = async (resumed: boolean) => {
    retryTimer = undefined;
    if (stopped || connection.state !== HubConnectionState.Disconnected) return;
    try {
      await connection.start();
      if (stopped) {
        await connection.stop();
        return;
      }
      attempt = 0;
      events.emitState('live', resumed);
    } catch {
      if (stopped) return;
      events.emitState(resumed ? 'reconnecting' : 'offline');
      scheduleStart(resumed);
    }
  };

  function scheduleStart(resumed: boolean) {
    if (stopped || retryTimer !== undefined) return;
    const delay = Math.max(1_000, retryDelay(attempt));
    attempt += 1;
    retryTimer = setTimeout(() => void tryStart(resumed), delay);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      events.emitState('connecting');
      void tryStart(false);
    },
    async stop() {
      stopped = true;
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
      await connection.stop();
    },
    on: (event, handler) => events.on(event, handler),
  };
}
