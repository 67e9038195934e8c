// The office's clock: the one place where an instant becomes a calendar date. Instants (a save, a sign-off step,
// a version) are stored as ISO times in UTC; the dates people read, print and compare (today for validation,
// the dates on the approval slip, the reporting deadlines, dates in file names) are the calendar dates of the
// office's time zone: the machine's, unless the settings name another. All of it through Intl, so that a
// Beijing office's sign-off at 07:30 on 2 March is dated 2 March, not 1 March as in UTC. Lint keeps Date's own
// calendar getters and ISO slicing out of the rest of the tree (eslint.config.js).
import { foldFullWidth } from './char-width';
import { CHINESE_DIGIT, CHINESE_NUMERAL } from './chinese-numerals';
import type { Language } from './model';
import { readNumber } from './number-reader';

const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** The machine's time zone, an IANA name such as Asia/Shanghai (Node and Chromium read the system's). */
export const machineTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Whether `zone` is a time zone Intl knows (Asia/Shanghai, America/New_York, UTC, …). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The office's time zone: the one the settings name, else the machine's. */
export const officeTimeZone = (setting?: string | null): string => setting || machineTimeZone();

const numericFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone, as numbers. */
function wallClock(at: Date, timeZone: string) {
  let format = numericFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    numericFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An ISO time as an instant; null when it is not a time (a damaged record). */
function instant(at: Date | string): Date | null {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The calendar date (YYYY-MM-DD) on which an instant falls in `timeZone`; null for a time that cannot be read. */
export function calendarDate(at: Date | string, timeZone: string): string | null {
  const date = instant(at);
  if (!date) return null;
  const { year, month, day } = wallClock(date, timeZone);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Today in `timeZone`, YYYY-MM-DD. */
export const todayIn = (timeZone: string, now: Date = new Date()): string => calendarDate(now, timeZone)!;

/** This year in `timeZone`. */
export const yearIn = (timeZone: string, now: Date = new Date()): number => wallClock(now, timeZone).year;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year of a calendar date (YYYY-MM-DD, such as validation's today or a signing date): 2026-03-02 → 2026. */
export const yearOfDate = (isoDate: string): number => Number(isoDate.slice(0, 4));

const daysInMonth = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** Whether a YYYY-MM-DD is a day that exists: 2024-02-29 is, 2025-02-29 and 2024-02-30 are not. */
export function isCalendarDate(iso: string): boolean {
  const m = DATE.exec(iso);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whole days from one calendar date to another, negative when `to` is earlier (no zone can move it a day). */
export function daysBetween(from: string, to: string): number {
  const dayNumber = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d) / 86_400_000;
  };
  return dayNumber(to) - dayNumber(from);
}

/** Whether calendar date `a` is on or before `b` (YYYY-MM-DD sorts as the calendar does). */
export const isOnOrBefore = (a: string, b: string): boolean => a <= b;

const MONTHS = [
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

/** 2025-01-20 → 2025年1月20日 (no zero padding, as GB/T 9704 wants) or January 20, 2025. */
export function formatOfficialDate(isoDate: string, language: Language): string {
  // From the parts as typed: a Date would roll 2024-02-30 over into March and print a date nobody wrote.
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return language === 'en' ? `${MONTHS[m - 1] ?? m} ${d}, ${y}` : `${y}年${m}月${d}日`;
}

const CHINESE_DATE = new RegExp(
  `^(\\d{4}|${CHINESE_DIGIT}{4})\\s*年\\s*(\\d{1,2}|${CHINESE_NUMERAL}{1,3})\\s*月\\s*(\\d{1,2}|${CHINESE_NUMERAL}{1,3})\\s*日$`,
);
const ENGLISH_DATE = new RegExp(`^(${MONTHS.join('|')})\\s+(\\d{1,2}),\\s*(\\d{4})$`);

/**
 * An official date as a document prints it, back to YYYY-MM-DD: 2024年1月5日, ２０２４年１月５日, 二〇二四年一月五日,
 * January 5, 2024 (what formatOfficialDate prints, and the other forms offices type). Null for anything else.
 */
export function parseOfficialDate(line: string): string | null {
  const text = foldFullWidth(line.trim());
  const chinese = CHINESE_DATE.exec(text);
  const english = chinese ? null : ENGLISH_DATE.exec(text);
  if (!chinese && !english) return null;
  const [year, month, day] = chinese
    ? (chinese.slice(1).map((part) => readNumber(part) ?? 0) as [number, number, number])
    : [Number(english![3]), MONTHS.indexOf(english![1]!) + 1, Number(english![2])];
  if (!month || !day || month > 12 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The official date of an instant in the office's zone (a sign-off on the slip); an unreadable time as it came. */
export function formatOfficialDay(at: string, language: Language, timeZone: string): string {
  const day = calendarDate(at, timeZone);
  return day ? formatOfficialDate(day, language) : at;
}

/** A month's name in a date picker: 1月 … 12月 (as dates are written in documents), January … December. */
export const monthName = (month: number, language: Language): string =>
  language === 'en' ? (MONTHS[month - 1] ?? String(month)) : `${month}月`;

/**
 * A stored ISO time as the local date and time in the message's language, e.g. 2026年11月25日 18:05 /
 * Nov 25, 2026, 18:05 (a version's time, when a damaged report's backup was taken); returned as it came when
 * it cannot be read.
 */
export function formatLocalDateTime(iso: string, language: Language, timeZone: string): string {
  const at = instant(iso);
  if (!at) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: language === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(at);
}

/** A local date and time for a file name, 2026-03-02-07-30-00: sorts by time and has no ':' for Windows. */
export function fileNameStamp(at: Date, timeZone: string): string {
  const { year, month, day, hour, minute, second } = wallClock(at, timeZone);
  return [pad(year, 4), pad(month), pad(day), pad(hour), pad(minute), pad(second)].join('-');
}
