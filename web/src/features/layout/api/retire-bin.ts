import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type RetireBinInput = RequestBody<'/api/v1/locations/{code}/retire', 'post'> & { code: string };

export function retireBin({ code, ...body }: RetireBinInput) {
  return unwrap(apiClient.POST('/api/v1/locations/{code}/retire', { params: { path: { code } }, body }));
}

/** "Delete" a bin: the server retires it (kept for history) unless it holds stock. */
export function useRetireBin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retireBin,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.locations() }),
  });
}
