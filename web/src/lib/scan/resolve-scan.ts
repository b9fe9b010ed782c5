import { apiClient } from '@/lib/api/client';
import { isApiError, unwrap } from '@/lib/api/problem';
import type { ResponseBody } from '@/lib/api/types';
import { hasWrongSsccCheckDigit, normaliseSscc } from './sscc';

export type ScanKind = 'hu' | 'bin' | 'item';

export type ScannedLocation = ResponseBody<'/api/v1/locations/{code}', 'get', 200>;
export type ScannedItem = ResponseBody<'/api/v1/skus/{code}', 'get', 200>;

export type ScanResult =
  | { kind: 'hu'; text: string; lpn: string }
  | { kind: 'bin'; text: string; code: string; location: ScannedLocation }
  | { kind: 'item'; text: string; code: string; item: ScannedItem }
  | { kind: 'unknown'; text: string; wrongCheckDigit: boolean };

/** Undefined on 404 (not that kind of code); other problems are thrown. */
async function orNotFound<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (isApiError(error, 404)) return undefined;
    throw error;
  }
}

/**
 * What a scan is: a handling unit when it is a valid SSCC (by its form, no request), else a location when the
 * server knows the code, else an item. Only the kinds in `accept` are looked up.
 */
export async function resolveScan(raw: string, accept: readonly ScanKind[] = ['hu', 'bin', 'item']): Promise<ScanResult> {
  const text = raw.trim();
  const lpn = normaliseSscc(text);
  if (lpn !== null) return { kind: 'hu', text, lpn };
  const code = text.toUpperCase();
  const safe = code.length > 0 && code.length <= 100 && !code.includes('/');
  if (safe && accept.includes('bin')) {
    const location = await orNotFound(unwrap(apiClient.GET('/api/v1/locations/{code}', { params: { path: { code } } })));
    if (location) return { kind: 'bin', text, code: location.code ?? code, location };
  }
  if (safe && accept.includes('item')) {
    const item = await orNotFound(unwrap(apiClient.GET('/api/v1/skus/{code}', { params: { path: { code } } })));
    if (item) return { kind: 'item', text, code: item.code ?? code, item };
  }
  return { kind: 'unknown', text, wrongCheckDigit: hasWrongSsccCheckDigit(text) };
}
