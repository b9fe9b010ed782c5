import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';

export type OfflinePolicy = ResponseBody<'/api/v1/offline/policy', 'get', 200>;

export function getOfflinePolicy() {
  return unwrap(apiClient.GET('/api/v1/offline/policy'));
}

export function useOfflinePolicy() {
  return useQuery({ queryKey: ['offline', 'policy'], queryFn: getOfflinePolicy });
}
