import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { labelKeys } from './keys';

export type PrintJobActionInput = RequestBody<'/api/v1/print-jobs/{id}/retry', 'post'> & { id: string };

export function retryPrintJob({ id, ...body }: PrintJobActionInput) {
  return unwrap(apiClient.POST('/api/v1/print-jobs/{id}/retry', { params: { path: { id } }, body }));
}

/** Sends a job to its printer again now (managers); back to the manual queue if it fails. */
export function useRetryPrintJob() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: retryPrintJob, onSuccess: () => queryClient.invalidateQueries({ queryKey: labelKeys.all }) });
}
