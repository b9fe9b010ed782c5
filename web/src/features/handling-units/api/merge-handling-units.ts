import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type MergeInput = RequestBody<'/api/v1/handling-units/{lpn}/merge', 'post'> & { lpn: string };

export function mergeHandlingUnits({ lpn, ...body }: MergeInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/merge', { params: { path: { lpn } }, body }));
}

/** Every line of the sources into the target unit (same bin); the sources become EMPTY. */
export function useMergeHandlingUnits() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: mergeHandlingUnits, onSuccess: invalidate });
}
