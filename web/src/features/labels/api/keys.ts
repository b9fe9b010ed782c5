import { ledgerQueryRoots } from '@/lib/query-keys';

export const labelKeys = {
  all: ledgerQueryRoots.printJobs,
  forUnit: (handlingUnitId: string) => [...ledgerQueryRoots.printJobs, 'unit', handlingUnitId] as const,
  label: (jobId: string) => [...ledgerQueryRoots.printJobs, 'label', jobId] as const,
};
