import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type SealInput = RequestBody<'/api/v1/handling-units/{lpn}/seal', 'post'> & { lpn: string };

export function sealHandlingUnit({ lpn, ...body }: SealInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/seal', { params: { path: { lpn } }, body }));
}

/** Seals an OPEN unit that has at least one line. */
export function useSealHandlingUnit() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: sealHandlingUnit, onSuccess: invalidate });
}
