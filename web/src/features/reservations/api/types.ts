import type { ResponseBody } from '@/lib/api/types';

export type Reservation = ResponseBody<'/api/v1/reservations/{id}', 'get', 200>;
export type ReservationLock = NonNullable<Reservation['locks']>[number];

export const RESERVATION_STATUSES = ['PENDING', 'ALLOCATED', 'PICKING', 'CONSUMED', 'CANCELLED', 'BUMPED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** Picks go to production or to a customer. */
export const PICK_DESTINATIONS = ['PRODUCTION', 'CUSTOMER'] as const;
export type PickDestination = (typeof PICK_DESTINATIONS)[number];

/** The next lock to pick: the first HARD lock in walk order with something left on it. */
export function nextLock(reservation: Reservation | undefined): ReservationLock | undefined {
  return (reservation?.locks ?? []).find((lock) => lock.kind === 'HARD' && (lock.quantity ?? 0) > 0);
}

/** Manager actions allowed in each status (the server checks again). */
export const canAllocate = (status: string | null | undefined) => status === 'PENDING' || status === 'BUMPED';
export const canStartPicking = (status: string | null | undefined) => status === 'ALLOCATED';
export const canCancel = (status: string | null | undefined) =>
  status === 'PENDING' || status === 'ALLOCATED' || status === 'PICKING' || status === 'BUMPED';
