import { useMutation } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';

export type ResetUserPasswordInput = RequestBody<'/api/v1/users/{id}/password', 'post'> & { id: string };

export async function resetUserPassword({ id, ...body }: ResetUserPasswordInput): Promise<void> {
  await unwrap(apiClient.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body }));
}

export function useResetUserPassword() {
  return useMutation({ mutationFn: resetUserPassword });
}
