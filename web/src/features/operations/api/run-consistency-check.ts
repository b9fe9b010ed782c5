import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import type { ConsistencyCheck } from './get-consistency-checks';
import { operationsKeys } from './keys';

export type RunConsistencyCheckInput = RequestBody<'/api/v1/consistency-checks', 'post'>;

export function runConsistencyCheck(body: RunConsistencyCheckInput) {
  return unwrap(apiClient.POST('/api/v1/consistency-checks', { body }));
}

export function useRunConsistencyCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runConsistencyCheck,
    onSuccess: async (check) => {
      // Show the new result at once, then read the list as the server keeps it.
      queryClient.setQueryData<ConsistencyCheck[]>(operationsKeys.consistencyChecks(), (current) => [
        check,
        ...(current ?? []).filter((other) => other.id !== check.id),
      ]);
      await queryClient.invalidateQueries({ queryKey: operationsKeys.consistencyChecks() });
    },
  });
}
