import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { reservationKeys } from './keys';

export type ReservationBump = ResponseBody<'/api/v1/reservations/bumps', 'get', 200>[number];

export function getReservationBumps() {
  return unwrap(apiClient.GET('/api/v1/reservations/bumps'));
}

/** The bump log: SOFT reservations that lost their stock to a higher priority or a HARD lock, newest first. */
export function useReservationBumps() {
  return useQuery({ queryKey: reservationKeys.bumps(), queryFn: getReservationBumps, staleTime: 0 });
}
