import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { skuKeys } from './keys';

export type SkuPage = ResponseBody<'/api/v1/skus', 'get', 200>;
export type Sku = NonNullable<SkuPage['items']>[number];

export interface SkuQuery {
  search: string;
  page: number;
  pageSize: number;
}

export function getSkus({ search, page, pageSize }: SkuQuery) {
  const query = { page, pageSize, ...(search ? { search } : {}) };
  return unwrap(apiClient.GET('/api/v1/skus', { params: { query } }));
}

export function useSkus(query: SkuQuery) {
  return useQuery({
    queryKey: skuKeys.list(query),
    queryFn: () => getSkus(query),
    placeholderData: keepPreviousData,
  });
}
