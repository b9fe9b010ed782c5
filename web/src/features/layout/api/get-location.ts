import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { layoutKeys } from './keys';

export function getLocation(code: string) {
  return unwrap(apiClient.GET('/api/v1/locations/{code}', { params: { path: { code } } }));
}

/** One location by its (scanned) code; disabled while there is no code. */
export function useLocation(code: string) {
  return useQuery({
    queryKey: layoutKeys.location(code),
    queryFn: () => getLocation(code),
    enabled: code.length > 0,
    // A scan is a check of the present: ask the server each time.
    staleTime: 0,
  });
}
