import { useCallback, useRef } from 'react';
import { isNetworkError } from '@/lib/api/problem';

function randomUuid(): string {
  // randomUUID exists only in secure contexts; handhelds may reach the server over plain HTTP.
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const newCommandId = randomUuid;

/**
 * Command ids for a form's writes. Each submission gets a fresh id, except a
 * retry of the very same submission after a network error (no answer came, so
 * the server may have done it): that keeps the id and the server deduplicates.
 */
export function useCommandId() {
  const pending = useRef<{ payload: string; commandId: string } | null>(null);

  const commandIdFor = useCallback((payload: unknown): string => {
    const serialised = JSON.stringify(payload);
    if (pending.current?.payload === serialised) return pending.current.commandId;
    const commandId = randomUuid();
    pending.current = { payload: serialised, commandId };
    return commandId;
  }, []);

  /** Call when the write finished; only a network error keeps the id for a retry. */
  const settle = useCallback((error: unknown) => {
    if (!isNetworkError(error)) pending.current = null;
  }, []);

  return { commandIdFor, settle };
}
