import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { featureFlagKeys } from './keys';

export type FeatureFlag = ResponseBody<'/api/v1/feature-flags', 'get', 200>[number];

export function getFeatureFlags() {
  return unwrap(apiClient.GET('/api/v1/feature-flags'));
}

export function useFeatureFlags() {
  return useQuery({ queryKey: featureFlagKeys.list(), queryFn: getFeatureFlags });
}
