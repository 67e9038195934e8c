// Times shown to people: a stored ISO time (UTC) as a local date and time in the message's language,
// e.g. 2026年11月25日 18:05 / Nov 25, 2026, 18:05 (the time a damaged report's backup was taken).
import type { Language } from './model';

const LOCALES: Record<Language, string> = { 'zh-CN': 'zh-CN', en: 'en-US' };

/** `timeZone` defaults to the machine's own; an unreadable time is returned as it came. */
export function formatLocalDateTime(iso: string, language: Language, timeZone?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: language === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}
