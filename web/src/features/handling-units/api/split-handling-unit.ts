import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type SplitInput = RequestBody<'/api/v1/handling-units/{lpn}/split', 'post'> & { lpn: string };

export function splitHandlingUnit({ lpn, ...body }: SplitInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/split', { params: { path: { lpn } }, body }));
}

/** Some lines into a new unit in the same bin; the answer lists the source and the new unit. */
export function useSplitHandlingUnit() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: splitHandlingUnit, onSuccess: invalidate });
}
