import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type GenerateLayoutInput = RequestBody<'/api/v1/warehouses/generate', 'post'>;

export function generateLayout(body: GenerateLayoutInput) {
  return unwrap(apiClient.POST('/api/v1/warehouses/generate', { body }));
}

export function useGenerateLayout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: generateLayout,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.all }),
  });
}
