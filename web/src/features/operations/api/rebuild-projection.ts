import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody, ResponseBody } from '@/lib/api/types';
import { operationsKeys } from './keys';

export type ProjectionRebuild = ResponseBody<'/api/v1/projections/{name}/rebuild', 'post', 202>;
export type RebuildProjectionInput = RequestBody<'/api/v1/projections/{name}/rebuild', 'post'> & { name: string };

export function rebuildProjection({ name, ...body }: RebuildProjectionInput) {
  return unwrap(apiClient.POST('/api/v1/projections/{name}/rebuild', { params: { path: { name } }, body }));
}

/** Queues a rebuild (202); its progress is then read with useProjectionRebuild. */
export function useRebuildProjection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rebuildProjection,
    onSuccess: (rebuild) => {
      if (rebuild.id !== undefined) queryClient.setQueryData(operationsKeys.rebuild(rebuild.id), rebuild);
    },
  });
}
