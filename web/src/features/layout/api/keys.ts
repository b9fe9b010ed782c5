export interface LocationQuery {
  warehouse: string;
  search: string;
  page: number;
  pageSize: number;
}

export const layoutKeys = {
  all: ['layout'] as const,
  warehouses: () => [...layoutKeys.all, 'warehouses'] as const,
  locations: () => [...layoutKeys.all, 'locations'] as const,
  locationList: (query: LocationQuery) => [...layoutKeys.locations(), 'list', query] as const,
  location: (code: string) => [...layoutKeys.locations(), 'one', code] as const,
};
