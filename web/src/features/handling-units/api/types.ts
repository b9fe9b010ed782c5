import type { ResponseBody } from '@/lib/api/types';

export type HandlingUnit = ResponseBody<'/api/v1/handling-units/{lpn}', 'get', 200>;
export type HandlingUnitLine = NonNullable<HandlingUnit['lines']>[number];
export type HandlingUnitOperation = ResponseBody<'/api/v1/handling-units', 'post', 201>;

export const HANDLING_UNIT_TYPES = ['PALLET', 'BOX', 'BAG', 'UNIT'] as const;
export const HANDLING_UNIT_STATUSES = ['OPEN', 'SEALED', 'PICKED', 'EMPTY'] as const;
