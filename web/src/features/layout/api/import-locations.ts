import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { RequestBody } from '@/lib/api/types';
import { layoutKeys } from './keys';

export type ImportLocationsInput = RequestBody<'/api/v1/locations/import', 'post'>;
export type ImportFormat = 'csv' | 'json';

/** The problem code of a file with bad rows; its `errors` map "row N" to that row's messages. */
export const IMPORT_REJECTED = 'layout.import_rejected';

export function importLocations(body: ImportLocationsInput) {
  return unwrap(apiClient.POST('/api/v1/locations/import', { body }));
}

/** Imports a file of bins into a warehouse, all or nothing. */
export function useImportLocations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importLocations,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: layoutKeys.all }),
  });
}
