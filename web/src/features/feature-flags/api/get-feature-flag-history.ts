import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { featureFlagKeys } from './keys';

export type FeatureFlagChange = ResponseBody<'/api/v1/feature-flags/{key}/history', 'get', 200>[number];

export function getFeatureFlagHistory(key: string) {
  return unwrap(apiClient.GET('/api/v1/feature-flags/{key}/history', { params: { path: { key } } }));
}

export function useFeatureFlagHistory(key: string) {
  return useQuery({ queryKey: featureFlagKeys.history(key), queryFn: () => getFeatureFlagHistory(key) });
}
