import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { userKeys } from './keys';

export type CreateUserInput = RequestBody<'/api/v1/users', 'post'>;

export function createUser(body: CreateUserInput) {
  return unwrap(apiClient.POST('/api/v1/users', { body }));
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
