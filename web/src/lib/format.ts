import { useTranslation } from 'react-i18next';

/** Formats dates and times in the language the person chose. */
export function useDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'lt' ? 'lt-LT' : 'en-GB';
  const formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (value: string | null | undefined): string => {
    if (!value) return '';
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : formatter.format(date);
  };
}

/** Splits a whitelist typed one per line or comma-separated into distinct entries. */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry.length > 0))];
}
