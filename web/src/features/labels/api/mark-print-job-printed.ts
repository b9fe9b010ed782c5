import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { labelKeys } from './keys';

export type PrintJobActionInput = RequestBody<'/api/v1/print-jobs/{id}/printed', 'post'> & { id: string };

export function markPrintJobPrinted({ id, ...body }: PrintJobActionInput) {
  return unwrap(apiClient.POST('/api/v1/print-jobs/{id}/printed', { params: { path: { id } }, body }));
}

/** The label was printed by hand: the job leaves the manual queue (managers). */
export function useMarkPrintJobPrinted() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: markPrintJobPrinted, onSuccess: () => queryClient.invalidateQueries({ queryKey: labelKeys.all }) });
}
