import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';
import { resetSession } from '@/lib/session';

export async function logout(): Promise<void> {
  try {
    await unwrap(apiClient.POST('/api/v1/auth/logout'));
  } catch (error) {
    // Already signed out on the server: the person still leaves.
    if (!isApiError(error, 401)) throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => resetSession(queryClient, null),
  });
}
