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

/** Formats quantities in the person's language with at most three decimals (the ledger's scale). */
export function useQuantityFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'lt' ? 'lt-LT' : 'en-GB';
  const formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  return (value: number | null | undefined): string => (value === null || value === undefined ? '' : formatter.format(value));
}

/** A quantity typed by a person ("2,5" or "2.5"); NaN when it is not a number. */
export function parseQuantity(text: string): number {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.');
  return normalised === '' ? Number.NaN : Number(normalised);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The value of an <input type="datetime-local"> (local wall time) as an ISO instant in UTC; undefined if empty or invalid. */
export function localInputToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** An ISO instant as the value of an <input type="datetime-local"> in local time. */
export function isoToLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${String(date.getFullYear())}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** An ISO instant as unambiguous local wall time, e.g. "2026-12-01 14:00". */
export function formatLocalStamp(iso: string | null | undefined): string {
  return isoToLocalInput(iso).replace('T', ' ');
}

const RELATIVE_STEPS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
];

/**
 * "5 minutes ago" / "prieš 5 minutes" in the person's language for the last
 * week; older instants as local wall time (formatLocalStamp).
 */
export function useRelativeTimeFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'lt' ? 'lt-LT' : 'en-GB';
  const formatter = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return (iso: string | null | undefined, now: number = Date.now()): string => {
    if (!iso) return '';
    const time = new Date(iso).getTime();
    if (Number.isNaN(time)) return iso;
    // A clock a little ahead of ours still reads as "now", never "in 3 seconds".
    let amount = Math.min(0, (time - now) / 1000);
    for (const [unit, size] of RELATIVE_STEPS) {
      if (Math.abs(amount) < size) return formatter.format(Math.round(amount), unit);
      amount /= size;
    }
    return formatLocalStamp(iso);
  };
}

/** Today's calendar date where the person is, as "YYYY-MM-DD" (the form of a date input and of expiresOn). */
export function todayLocalDate(now: Date = new Date()): string {
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from one "YYYY-MM-DD" to another (negative when `to` is earlier); NaN when either is not a date. */
export function daysBetween(from: string, to: string): number {
  const day = (value: string) => {
    const match = CALENDAR_DATE.exec(value);
    return match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  };
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/**
 * Formats a calendar date ("YYYY-MM-DD", no time of day) in the person's language. It is read as a UTC date and
 * formatted in UTC, so no time zone can move it to the day before.
 */
export function useCalendarDateFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'lt' ? 'lt-LT' : 'en-GB';
  const formatter = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (value: string | null | undefined): string => {
    if (!value) return '';
    const match = CALENDAR_DATE.exec(value);
    return match ? formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))) : value;
  };
}
