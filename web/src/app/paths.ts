export const paths = {
  login: '/login',
  home: '/',
  items: '/items',
  users: '/users',
  apiKeys: '/api-keys',
  featureFlags: '/feature-flags',
  offline: '/offline',
  stock: '/stock',
  stockByLocation: '/stock/location',
  stockByItem: '/stock/item',
  moveStock: '/move',
  movements: '/movements',
  layout: '/layout',
  operations: '/operations',
  handlingUnitTasks: '/hu',
  putAway: '/hu/put-away',
  handlingUnitDetail: '/hu/units',
  splitHandlingUnit: '/hu/split',
  mergeHandlingUnits: '/hu/merge',
  createHandlingUnit: '/hu/create',
  packHandlingUnit: '/hu/pack',
  handlingUnits: '/handling-units',
  receiveGoods: '/hu/receive',
  receiptAlerts: '/receipts/alerts',
} as const;

/** The detail page of one handling unit. */
export const handlingUnitPath = (lpn: string) => `${paths.handlingUnitDetail}/${encodeURIComponent(lpn)}`;
