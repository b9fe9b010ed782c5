import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import type { paths } from '@/lib/api/schema';
import { balanceKeys, type BalanceQuery } from './keys';

export type { BalanceQuery };

export type BalancePage = ResponseBody<'/api/v1/balances', 'get', 200>;
export type Balance = NonNullable<BalancePage['items']>[number];

// `asOf` (balances at an instant) may not be in the published contract yet; the
// query type allows it either way.
type BalanceParams = NonNullable<paths['/api/v1/balances']['get']['parameters']['query']> & { asOf?: string };

export function getBalances({ location, sku, includeVirtual, asOf, page, pageSize }: BalanceQuery) {
  const query: BalanceParams = {
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
