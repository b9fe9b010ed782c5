import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { resetSession } from '@/lib/session';

export type LoginInput = RequestBody<'/api/v1/auth/login', 'post'>;

export function login(input: LoginInput) {
  return unwrap(apiClient.POST('/api/v1/auth/login', { body: input }));
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => resetSession(queryClient, user),
  });
}
