// Numbers, rates, dates and months as officials read them: vi-VN by default, English second, times in the configured zone.
import type { DaysTenths, RateTenths } from '../stats/rate';
import { monthOfYear, monthYear, type MonthIndex } from '../feed/month';
import type { Lang } from './lang';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const countFormats = new Map<Lang, Intl.NumberFormat>();

export function formatCount(value: number, lang: Lang): string {
  let format = countFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
    countFormats.set(lang, format);
  }
  return format.format(value);
}

/** "99,8%" (vi) or "99.8%" (en); "—" when there is no denominator. */
export function formatRate(tenths: RateTenths, lang: Lang): string {
  if (tenths === null) return '—';
  const whole = Math.floor(tenths / 10);
  const decimal = tenths % 10;
  return `${formatCount(whole, lang)}${lang === 'vi' ? ',' : '.'}${decimal}%`;
}

/** Average processing time: "2,5 ngày" (vi) or "2.5 days" (en); "—" when nothing was resolved. */
export function formatDays(tenths: DaysTenths, lang: Lang): string {
  if (tenths === null) return '—';
  const number = `${formatCount(Math.floor(tenths / 10), lang)}${lang === 'vi' ? ',' : '.'}${tenths % 10}`;
  return lang === 'vi' ? `${number} ngày` : `${number} ${tenths === 10 ? 'day' : 'days'}`;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(lang: Lang, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALE[lang], { timeZone, hourCycle: 'h23', ...options });
    dateTimeFormats.set(key, format);
  }
  return format;
}

function parts(ms: number, lang: Lang, timeZone: string): Record<string, string> {
  const format = dateTimeFormat(lang, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const result: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) result[part.type] = part.value;
  return result;
}

/** "26/11/2026" in the configured zone, whatever the machine's own zone is. */
export function formatDate(ms: number, lang: Lang, timeZone: string): string {
  const p = parts(ms, lang, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "16:40". */
export function formatTime(ms: number, lang: Lang, timeZone: string, withSeconds = false): string {
  const p = parts(ms, lang, timeZone);
  return withSeconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

/**
 * "16:40 26/11/2026", as Vietnamese portals write "cập nhật vào lúc"; "16:40, 26 November 2026" in English, where
 * 02/12/2026 reads as 12 February to half the readers.
 */
export function formatDateTime(ms: number, lang: Lang, timeZone: string): string {
  if (lang === 'en') return `${formatTime(ms, lang, timeZone)}, ${formatDayDate(ms, lang, timeZone)}`;
  return `${formatTime(ms, lang, timeZone)} ${formatDate(ms, lang, timeZone)}`;
}

/** A day as a sentence says it: "2/12/2026" (vi, no leading zeros), "2 December 2026" (en). */
export function formatDayDate(ms: number, lang: Lang, timeZone: string): string {
  const p = parts(ms, lang, timeZone);
  const [day, month] = [Number(p.day), Number(p.month)];
  return lang === 'vi' ? `${day}/${month}/${p.year}` : `${day} ${EN_MONTHS[month - 1]} ${p.year}`;
}

/** The month a moment falls in, in the configured zone: which month was still running when the feed was written. */
export function monthAt(ms: number, timeZone: string): MonthIndex {
  const p = parts(ms, 'vi', timeZone);
  return Number(p.year) * 12 + Number(p.month) - 1;
}

export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3,2" from 32 tenths, "1.1" in English: the size of a change, its sign said by the arrow and the words. */
export function formatTenthsMagnitude(tenths: number, lang: Lang): string {
  const size = Math.abs(tenths);
  return `${formatCount(Math.floor(size / 10), lang)}${lang === 'vi' ? ',' : '.'}${size % 10}`;
}

export function formatMonth(month: number, lang: Lang): string {
  const m = monthOfYear(month);
  const y = monthYear(month);
  return lang === 'vi' ? `tháng ${m}/${y}` : `${EN_MONTHS[m - 1]} ${y}`;
}

/** Short month for chart axes: "6/2026", "Jun 2026". */
export function formatMonthShort(month: number, lang: Lang): string {
  const m = monthOfYear(month);
  const y = monthYear(month);
  return lang === 'vi' ? `${m}/${y}` : `${EN_MONTHS[m - 1]?.slice(0, 3)} ${y}`;
}
