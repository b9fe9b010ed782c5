import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { featureFlagKeys } from './keys';

export type MyFeatureFlags = ResponseBody<'/api/v1/feature-flags/me', 'get', 200>;

export function getMyFeatureFlags() {
  return unwrap(apiClient.GET('/api/v1/feature-flags/me'));
}

export const myFeatureFlagsQueryOptions = () =>
  queryOptions({ queryKey: featureFlagKeys.mine(), queryFn: getMyFeatureFlags });

/** Flags evaluated for the signed-in user (key → on/off). */
export function useMyFeatureFlags(options: { enabled?: boolean } = {}) {
  return useQuery({ ...myFeatureFlagsQueryOptions(), enabled: options.enabled ?? true });
}

/** Whether one flag is on for the signed-in user; false while unknown. */
export function useFeatureFlag(key: string, options: { enabled?: boolean } = {}): boolean {
  const { data } = useMyFeatureFlags(options);
  return data?.flags?.[key] === true;
}
