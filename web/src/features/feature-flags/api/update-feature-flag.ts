import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { featureFlagKeys } from './keys';

export type UpdateFeatureFlagInput = RequestBody<'/api/v1/feature-flags/{key}', 'put'> & { key: string };

export function updateFeatureFlag({ key, ...body }: UpdateFeatureFlagInput) {
  return unwrap(apiClient.PUT('/api/v1/feature-flags/{key}', { params: { path: { key } }, body }));
}

export function useUpdateFeatureFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFeatureFlag,
    // The admin's own evaluated flags and the history change too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: featureFlagKeys.all }),
  });
}
