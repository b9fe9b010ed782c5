import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { apiKeyKeys } from './keys';

export type ApiKey = ResponseBody<'/api/v1/api-keys', 'get', 200>[number];

export function getApiKeys() {
  return unwrap(apiClient.GET('/api/v1/api-keys'));
}

export function useApiKeys() {
  return useQuery({ queryKey: apiKeyKeys.list(), queryFn: getApiKeys });
}
