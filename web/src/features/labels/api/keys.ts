export const labelKeys = {
  all: ['print-jobs'] as const,
  forUnit: (handlingUnitId: string) => [...labelKeys.all, 'unit', handlingUnitId] as const,
  label: (jobId: string) => [...labelKeys.all, 'label', jobId] as const,
};
