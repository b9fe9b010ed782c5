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
  reservations: '/reservations',
  newReservation: '/reservations/new',
  pick: '/pick',
} as const;

/** The detail page of one handling unit. */
export const handlingUnitPath = (lpn: string) => `${paths.handlingUnitDetail}/${encodeURIComponent(lpn)}`;

/** The detail page of one reservation. */
export const reservationPath = (id: string) => `${paths.reservations}/${encodeURIComponent(id)}`;

/** The pick screen of one reservation. */
export const pickPath = (id: string) => `${paths.pick}/${encodeURIComponent(id)}`;
