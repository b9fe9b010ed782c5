import type { TFunction } from 'i18next';
import { translateDynamic } from '@/lib/i18n/dynamic';

export function flagName(t: TFunction, key: string): string {
  return translateDynamic(t, `flags.names.${key}`, key);
}
