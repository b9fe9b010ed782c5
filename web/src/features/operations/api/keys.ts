export const operationsKeys = {
  all: ['operations'] as const,
  projections: () => [...operationsKeys.all, 'projections'] as const,
  rebuild: (id: number) => [...operationsKeys.all, 'rebuilds', id] as const,
  consistencyChecks: () => [...operationsKeys.all, 'consistency-checks'] as const,
};
