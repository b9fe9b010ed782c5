import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { ledgerQueryRoots } from '@/lib/query-keys';

export type ReprintLabelInput = RequestBody<'/api/v1/handling-units/{lpn}/reprint', 'post'> & { lpn: string };

export function reprintHandlingUnitLabel({ lpn, ...body }: ReprintLabelInput) {
  return unwrap(apiClient.POST('/api/v1/handling-units/{lpn}/reprint', { params: { path: { lpn } }, body }));
}

/** Prints a sealed unit's label again; the command id is the new print job's id, so a retried request prints once. */
export function useReprintHandlingUnitLabel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reprintHandlingUnitLabel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.printJobs }),
  });
}
