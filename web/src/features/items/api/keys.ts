export const skuKeys = {
  all: ['skus'] as const,
  list: (params: { search: string; page: number; pageSize: number }) => [...skuKeys.all, 'list', params] as const,
};
