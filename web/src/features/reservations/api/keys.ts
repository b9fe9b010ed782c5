export interface ReservationQuery {
  /** One status, or empty for all. */
  status: string;
  /** Only reservations of at least this priority (1–10); empty for any. */
  minPriority?: string;
  page: number;
  pageSize: number;
}

export const reservationKeys = {
  all: ['reservations'] as const,
  list: (query: ReservationQuery) => [...reservationKeys.all, 'list', query] as const,
  one: (id: string) => [...reservationKeys.all, 'one', id] as const,
  bumps: () => [...reservationKeys.all, 'bumps'] as const,
};
