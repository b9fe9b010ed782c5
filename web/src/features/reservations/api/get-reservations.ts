import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reservationKeys, type ReservationQuery } from './keys';

export function getReservations({ status, minPriority, page, pageSize }: ReservationQuery) {
  return unwrap(
    apiClient.GET('/api/v1/reservations', {
      params: { query: { status: status || undefined, minPriority: minPriority ? Number(minPriority) : undefined, page, pageSize } },
    }),
  );
}

/** Reservations by status, highest priority first (the server's order). */
export function useReservations(query: ReservationQuery) {
  return useQuery({
    queryKey: reservationKeys.list(query),
    queryFn: () => getReservations(query),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
