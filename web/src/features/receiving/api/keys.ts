export const receiptKeys = {
  all: ['receipts'] as const,
  alerts: () => [...receiptKeys.all, 'alerts'] as const,
};
