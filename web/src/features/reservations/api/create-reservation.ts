import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useAfterReservationWrite } from './invalidate';

export type CreateReservationInput = RequestBody<'/api/v1/reservations', 'post'>;

export function createReservation(body: CreateReservationInput) {
  return unwrap(apiClient.POST('/api/v1/reservations', { body }));
}

/** Reserves stock; allocation runs at once (ALLOCATED with SOFT locks, or PENDING with the reason). */
export function useCreateReservation() {
  const after = useAfterReservationWrite();
  return useMutation({ mutationFn: createReservation, onSuccess: after });
}
