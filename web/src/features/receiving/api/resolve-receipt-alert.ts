import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { receiptKeys } from './keys';

export type ResolveReceiptAlertInput = RequestBody<'/api/v1/receipts/{id}/resolve', 'post'> & { id: string };

export function resolveReceiptAlert({ id, ...body }: ResolveReceiptAlertInput) {
  return unwrap(apiClient.POST('/api/v1/receipts/{id}/resolve', { params: { path: { id } }, body }));
}

/** "resume" finishes a stuck receipt; "reverse" returns its goods to SUPPLIER and empties its unit. */
export function useResolveReceiptAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveReceiptAlert,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.handlingUnits }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.movements }),
      ]),
  });
}
