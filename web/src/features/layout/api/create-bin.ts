import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type CreateBinInput = RequestBody<'/api/v1/locations', 'post'>;

export function createBin(body: CreateBinInput) {
  return unwrap(apiClient.POST('/api/v1/locations', { body }));
}

export function useCreateBin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createBin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.locations() }),
  });
}
