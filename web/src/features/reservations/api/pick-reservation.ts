import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useAfterReservationWrite } from './invalidate';

export type PickReservationInput = RequestBody<'/api/v1/reservations/{id}/picks', 'post'> & { id: string };

export function pickReservation({ id, ...body }: PickReservationInput) {
  return unwrap(apiClient.POST('/api/v1/reservations/{id}/picks', { params: { path: { id } }, body }));
}

/** Picks from a HARD lock to PRODUCTION or CUSTOMER; the answer is CONSUMED once everything is picked. */
export function usePickReservation() {
  const after = useAfterReservationWrite({ movesStock: true });
  return useMutation({ mutationFn: pickReservation, onSuccess: after });
}
