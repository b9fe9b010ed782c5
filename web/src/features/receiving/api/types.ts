import type { ResponseBody } from '@/lib/api/types';

export type Receipt = ResponseBody<'/api/v1/receipts/{id}', 'get', 200>;
export type ReceiptLine = NonNullable<Receipt['lines']>[number];

export const RECEIPT_UNIT_TYPES = ['PALLET', 'BOX', 'BAG', 'UNIT'] as const;
