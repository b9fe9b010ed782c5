import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { apiKeyKeys } from './keys';

export type CreateApiKeyInput = RequestBody<'/api/v1/api-keys', 'post'>;
export type CreatedApiKey = ResponseBody<'/api/v1/api-keys', 'post', 201>;

export function createApiKey(body: CreateApiKeyInput) {
  return unwrap(apiClient.POST('/api/v1/api-keys', { body }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
