import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type AddLineInput = RequestBody<'/api/v1/handling-units/{lpn}/lines', 'post'> & { lpn: string };

export function addHandlingUnitLine({ lpn, ...body }: AddLineInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/lines', { params: { path: { lpn } }, body }));
}

/** Puts stock into an OPEN unit: from loose stock in its bin unless fromLocation says otherwise. */
export function useAddHandlingUnitLine() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: addHandlingUnitLine, onSuccess: invalidate });
}
