import { parseQuantity } from '@/lib/format';

/** A number typed in a form; empty or unreadable goes as 0 so that the server's validation answers next to the field. */
export function toNumber(text: string): number {
  const value = parseQuantity(text);
  return Number.isFinite(value) ? value : 0;
}
