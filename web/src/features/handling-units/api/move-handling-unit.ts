import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type MoveInput = RequestBody<'/api/v1/handling-units/{lpn}/move', 'post'> & { lpn: string };

export function moveHandlingUnit({ lpn, ...body }: MoveInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/move', { params: { path: { lpn } }, body }));
}

/** Puts away or transfers a whole unit to another bin. */
export function useMoveHandlingUnit() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: moveHandlingUnit, onSuccess: invalidate });
}
