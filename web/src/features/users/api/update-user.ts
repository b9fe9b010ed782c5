import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { userKeys } from './keys';

export type UpdateUserInput = RequestBody<'/api/v1/users/{id}', 'put'> & { id: string };

export function updateUser({ id, ...body }: UpdateUserInput) {
  return unwrap(apiClient.PUT('/api/v1/users/{id}', { params: { path: { id } }, body }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
