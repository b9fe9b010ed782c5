import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { useInvalidateAfterHandlingUnitWrite } from './invalidate';

export type CreateHandlingUnitInput = RequestBody<'/api/v1/handling-units', 'post'>;

export function createHandlingUnit(body: CreateHandlingUnitInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units', { body }));
}

/** A new empty OPEN unit in a bin; the answer's first unit carries its new LPN. */
export function useCreateHandlingUnit() {
  const invalidate = useInvalidateAfterHandlingUnitWrite();
  return useMutation({ mutationFn: createHandlingUnit, onSuccess: invalidate });
}
