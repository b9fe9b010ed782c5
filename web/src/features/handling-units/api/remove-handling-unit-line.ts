import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type RemoveLineInput = RequestBody<'/api/v1/handling-units/{lpn}/lines/remove', 'post'> & { lpn: string };

export function removeHandlingUnitLine({ lpn, ...body }: RemoveLineInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/lines/remove', { params: { path: { lpn } }, body }));
}

/** Takes stock out of an OPEN unit: to loose stock in its bin unless toLocation says otherwise. */
export function useRemoveHandlingUnitLine() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: removeHandlingUnitLine, onSuccess: invalidate });
}
