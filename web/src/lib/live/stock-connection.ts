/** What the server sends on "StockMoved": one committed movement. */
export interface StockMovedMessage {
  movementId: string;
  sequence: number;
  occurredAt: string;
  sku: string;
  quantity: number;
  fromLocation: string;
  toLocation: string;
  movementType: string;
  operator: string;
  handlingUnitId: string | null;
  reason: string | null;
  commandId: string;
  correlationId: string | null;
}

/**
 * What the server sends on "Notification": one stored notification, only to its
 * recipient's connections (the same shape as an item of GET /api/v1/notifications).
 */
export interface NotificationMessage {
  id: number;
  kind: string | null;
  title: string | null;
  body: string | null;
  /** What it is about, e.g. the reservation id of a ReservationBumped. */
  subject: string | null;
  createdAt: string;
  readAt: string | null;
}

/** connecting: first start; live: receiving; reconnecting: lost and retrying; offline: stopped or not reachable yet. */
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'offline';

export interface StockConnectionEvents {
  stockMoved: (message: StockMovedMessage) => void;
  /** A notification for the signed-in person. */
  notification: (message: NotificationMessage) => void;
  /** The state changed; `resumed` is true when a lost connection came back (messages may have been missed). */
  stateChanged: (state: LiveState, resumed: boolean) => void;
}

/**
 * The live stock channel, small enough to fake in tests. start() keeps trying
 * until stop(); a lost connection reconnects by itself.
 */
export interface StockConnection {
  start(): void;
  stop(): Promise<void>;
  on<E extends keyof StockConnectionEvents>(event: E, handler: StockConnectionEvents[E]): () => void;
}

export type StockConnectionFactory = () => StockConnection;

export const STOCK_HUB_PATH = '/hubs/stock';
export const STOCK_MOVED = 'StockMoved';
export const NOTIFICATION = 'Notification';

/** Delay before the n-th retry: 0 s, 2 s, 5 s, 10 s, then every 15 s; never gives up. */
export function retryDelay(previousRetryCount: number): number {
  const delays = [0, 2_000, 5_000, 10_000];
  return delays[previousRetryCount] ?? 15_000;
}

/** A small event hub for StockConnection implementations. */
export class ConnectionEvents {
  private readonly handlers: { [E in keyof StockConnectionEvents]: Set<StockConnectionEvents[E]> } = {
    stockMoved: new Set(),
    notification: new Set(),
    stateChanged: new Set(),
  };

  on<E extends keyof StockConnectionEvents>(event: E, handler: StockConnectionEvents[E]): () => void {
    const set = this.handlers[event] as Set<StockConnectionEvents[E]>;
    set.add(handler);
    return () => set.delete(handler);
  }

  emitStockMoved(message: StockMovedMessage): void {
    for (const handler of this.handlers.stockMoved) handler(message);
  }

  emitNotification(message: NotificationMessage): void {
    for (const handler of this.handlers.notification) handler(message);
  }

  emitState(state: LiveState, resumed = false): void {
    for (const handler of this.handlers.stateChanged) handler(state, resumed);
  }
}
