import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { reservationKeys } from './keys';

export function getReservation(id: string) {
  return unwrap(apiClient.GET('/api/v1/reservations/{id}', { params: { path: { id } } }));
}

/** One reservation with its lines, locks (in walk order) and event history; disabled while there is no id. */
export function useReservation(id: string) {
  return useQuery({
    queryKey: reservationKeys.one(id),
    queryFn: () => getReservation(id),
    enabled: id.length > 0,
    staleTime: 0,
  });
}
