import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useAfterReservationWrite } from './invalidate';

export type AllocateReservationInput = RequestBody<'/api/v1/reservations/{id}/allocate', 'post'> & { id: string };

export function allocateReservation({ id, ...body }: AllocateReservationInput) {
  return unwrap(apiClient.POST('/api/v1/reservations/{id}/allocate', { params: { path: { id } }, body }));
}

/** Runs allocation again (FIFO by receipt, then fewest units, then walk order). */
export function useAllocateReservation() {
  const after = useAfterReservationWrite();
  return useMutation({ mutationFn: allocateReservation, onSuccess: after });
}
