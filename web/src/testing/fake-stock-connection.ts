import {
  ConnectionEvents,
  type LiveState,
  type NotificationMessage,
  type StockConnection,
  type StockMovedMessage,
} from '@/lib/live/stock-connection';

/** A StockConnection driven by the test: it says what the server would push. */
export class FakeStockConnection implements StockConnection {
  private readonly events = new ConnectionEvents();
  started = false;
  stopped = false;

  start(): void {
    this.started = true;
    this.stopped = false;
    this.events.emitState('connecting');
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    this.events.emitState('offline');
    return Promise.resolve();
  }

  on: StockConnection['on'] = (event, handler) => this.events.on(event, handler);

  setState(state: LiveState, resumed = false): void {
    this.events.emitState(state, resumed);
  }

  pushStockMoved(message: Partial<StockMovedMessage> = {}): void {
    this.events.emitStockMoved({
      movementId: '20000000-0000-4000-8000-000000000099',
      sequence: 99,
      occurredAt: '2026-02-01T12:00:00Z',
      sku: 'SKU-001',
      quantity: 1,
      fromLocation: 'SUPPLIER',
      toLocation: 'MAIN-A01-R01-L1-B1',
      movementType: 'RECEIPT',
      operator: 'manager',
      handlingUnitId: null,
      reason: null,
      commandId: '30000000-0000-4000-8000-000000000099',
      correlationId: null,
      ...message,
    });
  }

  /** The hub pushing a notification to this (the recipient's) connection. */
  pushNotification(message: Partial<NotificationMessage> = {}): void {
    this.events.emitNotification({
      id: 99,
      kind: 'ReservationBumped',
      title: 'Reservation bumped',
      body: 'SALES_ORDER SO-200 (priority 3): bumped by a higher priority',
      subject: '70000000-0000-4000-8000-000000000002',
      createdAt: '2026-02-01T12:00:00Z',
      readAt: null,
      ...message,
    });
  }
}

/** Collects every fake connection the app opens; `current` is the latest. */
export function fakeStockConnections() {
  const all: FakeStockConnection[] = [];
  return {
    all,
    factory: () => {
      const connection = new FakeStockConnection();
      all.push(connection);
      return connection;
    },
    get current(): FakeStockConnection | undefined {
      return all.at(-1);
    },
  };
}
