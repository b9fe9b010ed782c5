import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { userKeys } from './keys';

export type User = ResponseBody<'/api/v1/users', 'get', 200>[number];

export function getUsers() {
  return unwrap(apiClient.GET('/api/v1/users'));
}

export function useUsers() {
  return useQuery({ queryKey: userKeys.list(), queryFn: getUsers });
}
