import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { receiptKeys } from './keys';

export type ReceiveGoodsInput = RequestBody<'/api/v1/receipts', 'post'>;

export function receiveGoods(body: ReceiveGoodsInput) {
  return unwrap(apiClient.POST('/api/v1/receipts', { body }));
}

/**
 * Receives goods into a new sealed handling unit in a bin. The command id is the receipt's id: a retry after a network
 * error resumes the same receipt instead of receiving twice.
 */
export function useReceiveGoods() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveGoods,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: receiptKeys.all }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.handlingUnits }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances }),
        queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.movements }),
      ]),
  });
}
