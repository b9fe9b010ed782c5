import { useQueryClient } from '@tanstack/react-query';
import { ledgerQueryRoots } from '@/lib/query-keys';

/** A handling-unit write moves stock: the units, the balances and the movement history all change. */
export function useInvalidateAfterHandlingUnitWrite() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.handlingUnits }),
      queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.balances }),
      queryClient.invalidateQueries({ queryKey: ledgerQueryRoots.movements }),
    ]);
}
