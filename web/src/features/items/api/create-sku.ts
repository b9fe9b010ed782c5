import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { skuKeys } from './keys';

export type CreateSkuInput = RequestBody<'/api/v1/skus', 'post'>;

export function createSku(body: CreateSkuInput) {
  return unwrap(apiClient.POST('/api/v1/skus', { body }));
}

export function useCreateSku() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSku,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: skuKeys.all }),
  });
}
