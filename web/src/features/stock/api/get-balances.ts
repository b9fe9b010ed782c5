import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { balanceKeys, type BalanceQuery } from './keys';

export type { BalanceQuery };

export type BalancePage = ResponseBody<'/api/v1/balances', 'get', 200>;
export type Balance = NonNullable<BalancePage['items']>[number];

export function getBalances({ location, sku, includeVirtual, asOf, page, pageSize }: BalanceQuery) {
  const query = {
    page,
    pageSize,
    ...(location ? { location } : {}),
    ...(sku ? { sku } : {}),
    ...(includeVirtual ? { includeVirtual: true } : {}),
    ...(asOf ? { asOf } : {}),
  };
  return unwrap(apiClient.GET('/api/v1/balances', { params: { query } }));
}

export function useBalances(query: BalanceQuery) {
  return useQuery({
    queryKey: balanceKeys.list(query),
    queryFn: () => getBalances(query),
    placeholderData: keepPreviousData,
  });
}
