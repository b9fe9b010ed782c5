import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { ledgerQueryRoots } from '@/lib/query-keys';

export type RecordMovementInput = RequestBody<'/api/v1/movements', 'post'>;

export function recordMovement(body: RecordMovementInput) {
  return unwrap(apiClient.POST('/api/v1/movements', { body }));
}

export function useRecordMovement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordMovement,
    // A movement changes both the balances and the history, wherever they are shown.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.movements }),
      ]),
  });
}
