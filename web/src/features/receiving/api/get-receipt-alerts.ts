import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { receiptKeys } from './keys';

export function getReceiptAlerts() {
  return unwrap(apiClient.GET('/api/v1/receipts/alerts'));
}

/** Receipts stuck for more than 5 minutes or failed, for a manager to resume or reverse; checked every 30 s. */
export function useReceiptAlerts() {
  return useQuery({
    queryKey: receiptKeys.alerts(),
    queryFn: getReceiptAlerts,
    staleTime: 0,
    refetchInterval: 30_000,
  });
}
