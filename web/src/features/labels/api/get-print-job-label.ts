import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { labelKeys } from './keys';

export function getPrintJobLabel(id: string) {
  return unwrap(apiClient.GET('/api/v1/print-jobs/{id}/label', { params: { path: { id } } }));
}

/** A job's label as ZPL (to preview or print by hand); fetched only when asked for. */
export function usePrintJobLabel(id: string, enabled: boolean) {
  return useQuery({ queryKey: labelKeys.label(id), queryFn: () => getPrintJobLabel(id), enabled: enabled && id.length > 0 });
}
