// Unit names as offices type them differ in width and spacing: 「区统计局」, 「区 统计局」, 「（区）统计局」 and
// 「(区)统计局」 name one unit. Compared in one form: NFKC (full-width letters, digits and brackets to
// half-width), without any white space, Latin letters in lower case.
import type { Report } from './model';

export const unitKey = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .toLowerCase();

/** The expected units: one per line; blank lines and lines starting with # are skipped, repeats dropped. */
export function parseExpectedUnits(text: string): string[] {
  const seen = new Set<string>();
  const units: string[] = [];
  for (const raw of text.split(/\r\n?|\n/)) {
    const name = raw.trim();
    if (!name || name.startsWith('#') || seen.has(unitKey(name))) continue;
    seen.add(unitKey(name));
    units.push(name);
  }
  return units;
}

/** The unit a report is from: its organisation, or the signature's unit when the text named none. */
export function reportUnit(report: Pick<Report, 'meta'>): string {
  return report.meta.organisation.trim() || report.meta.signatureUnit?.trim() || '';
}
