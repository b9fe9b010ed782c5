export interface LocationQuery {
  warehouse: string;
  search: string;
  page: number;
  pageSize: number;
  /** One aisle, or "-" for bins without one (the tree's name). */
  aisle?: string;
  /** One rack, or "-" for bins without one. */
  rack?: string;
}

export const layoutKeys = {
  all: ['layout'] as const,
  warehouses: () => [...layoutKeys.all, 'warehouses'] as const,
  locations: () => [...layoutKeys.all, 'locations'] as const,
  locationList: (query: LocationQuery) => [...layoutKeys.locations(), 'list', query] as const,
  location: (code: string) => [...layoutKeys.locations(), 'one', code] as const,
  // Under locations: the counts change with every bin created, imported or deleted, which invalidate that root.
  tree: (warehouse: string) => [...layoutKeys.locations(), 'tree', warehouse] as const,
};
