/** The movement types the ledger knows (LKvitai.Domain MovementTypes). */
export const MOVEMENT_TYPES = ['RECEIPT', 'TRANSFER', 'PICK', 'SCRAP', 'ADJUSTMENT', 'RETURN', 'COUNT'] as const;
export type MovementType = (typeof MOVEMENT_TYPES)[number];
