import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useAfterReservationWrite } from './invalidate';

export type CancelReservationInput = RequestBody<'/api/v1/reservations/{id}/cancel', 'post'> & { id: string };

export function cancelReservation({ id, ...body }: CancelReservationInput) {
  return unwrap(apiClient.POST('/api/v1/reservations/{id}/cancel', { params: { path: { id } }, body }));
}

/** Cancels with a reason; its locks are released. */
export function useCancelReservation() {
  const after = useAfterReservationWrite();
  return useMutation({ mutationFn: cancelReservation, onSuccess: after });
}
