import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { apiKeyKeys } from './keys';

export type RevokeApiKeyInput = RequestBody<'/api/v1/api-keys/{id}/revoke', 'post'> & { id: string };

export function revokeApiKey({ id, ...body }: RevokeApiKeyInput) {
  return unwrap(apiClient.POST('/api/v1/api-keys/{id}/revoke', { params: { path: { id } }, body }));
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
