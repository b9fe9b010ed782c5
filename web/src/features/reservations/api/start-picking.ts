import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useAfterReservationWrite } from './invalidate';

export type StartPickingInput = RequestBody<'/api/v1/reservations/{id}/start-picking', 'post'> & { id: string };

export function startPicking({ id, ...body }: StartPickingInput) {
  return unwrap(apiClient.POST('/api/v1/reservations/{id}/start-picking', { params: { path: { id } }, body }));
}

/** SOFT locks become HARD (409 reservation.hard_locked when another reservation got there first). */
export function useStartPicking() {
  const after = useAfterReservationWrite();
  return useMutation({ mutationFn: startPicking, onSuccess: after });
}
