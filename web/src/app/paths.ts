export const paths = {
  login: '/login',
  home: '/',
  items: '/items',
  users: '/users',
  apiKeys: '/api-keys',
  featureFlags: '/feature-flags',
  offline: '/offline',
} as const;
