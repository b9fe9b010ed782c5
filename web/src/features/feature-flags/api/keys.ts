export const featureFlagKeys = {
  all: ['feature-flags'] as const,
  mine: () => [...featureFlagKeys.all, 'me'] as const,
  list: () => [...featureFlagKeys.all, 'list'] as const,
  history: (key: string) => [...featureFlagKeys.all, 'history', key] as const,
};
