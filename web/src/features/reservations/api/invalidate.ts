import { useQueryClient } from '@tanstack/react-query';
import { ledgerQueryRoots } from '@/lib/query-keys';
import { reservationKeys } from './keys';
import type { Reservation } from './types';

/**
 * After a reservation write: the answer is the reservation as it is now (kept in the cache), the lists change (and
 * the bump log: a higher priority may have bumped others), and a pick also moves stock (balances, movements, handling units).
 */
export function useAfterReservationWrite({ movesStock = false }: { movesStock?: boolean } = {}) {
  const queryClient = useQueryClient();
  return (reservation: Reservation) => {
    if (reservation.id) queryClient.setQueryData(reservationKeys.one(reservation.id), reservation);
    const roots = movesStock ? [ledgerQueryRoots.balances, ledgerQueryRoots.movements, ledgerQueryRoots.handlingUnits] : [];
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: [...reservationKeys.all, 'list'] }),
      queryClient.invalidateQueries({ queryKey: reservationKeys.bumps() }),
      ...roots.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
    ]);
  };
}
