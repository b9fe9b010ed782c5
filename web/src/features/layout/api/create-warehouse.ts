import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type CreateWarehouseInput = RequestBody<'/api/v1/warehouses', 'post'>;

export function createWarehouse(body: CreateWarehouseInput) {
  return unwrap(apiClient.POST('/api/v1/warehouses', { body }));
}

export function useCreateWarehouse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWarehouse,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.warehouses() }),
  });
}
