import type { TFunction } from 'i18next';

/**
 * Looks up a key built at run time (a role name, a flag key, a problem code),
 * falling back to the given text when no translation exists.
 */
export function translateDynamic(t: TFunction, key: string, fallback: string): string {
  // The key is not known to the type checker; the fallback covers a miss.
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return translate(key, { defaultValue: fallback });
}
