// Unit names as offices type them differ in width, spacing and wording: 「区统计局」, 「区 统计局」, 「（区）统计局」
// and 「统计局」 name one unit, as do 「区市场监督管理局」 and 「区市场监管局」. Names are compared in one form: NFKC
// (full-width letters, digits and brackets to half-width), without white space, Latin letters in lower case,
// every full form replaced by its official short form (core/unit-short-forms.ts) and without a bare 区 or 县 in
// front. A name that matches no expected unit in that form but comes close to one is a question for a person,
// never a match: close means the same name after a district's own name in front (朝阳区统计局, 区统计局) or one
// character apart (two in a long name).
import type { Report } from './model';
import { UNIT_SHORT_FORMS } from './unit-short-forms';

/** Width and spacing aside: the form in which labels and names are compared as written. */
export const plainKey = (name: string): string =>
  name
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000]+/g, '')
    .toLowerCase();

const SHORT_FORMS = [...UNIT_SHORT_FORMS].sort((a, b) => b[0].length - a[0].length);
/** 区 or 县 alone in front (in brackets or not), when a name follows: the district itself. */
const BARE_DISTRICT = /^\(?[区县]\)?(?=..)/;

/** The form in which two names of one unit are equal. */
export function unitKey(name: string): string {
  let key = plainKey(name);
  for (const [full, short] of SHORT_FORMS) if (key.includes(full)) key = key.replaceAll(full, short);
  return key.replace(BARE_DISTRICT, '');
}

/** A district's own name in front (朝阳区, 某某县): what is left is the unit within the district. */
const NAMED_DISTRICT = /^.{1,6}?[区县旗](?=..)/;
const coreName = (key: string) => key.replace(NAMED_DISTRICT, '');

/** Characters to change to make one text the other (Levenshtein), stopping early beyond `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) > limit) return limit + 1;
    previous = row;
  }
  return previous[b.length]!;
}

/** Whether two names that are not equal may still name one unit: for a person to confirm. */
export const closeUnitNames = (a: string, b: string): boolean => closeKeys(unitKey(a), unitKey(b));

function closeKeys(x: string, y: string): boolean {
  if (x === y) return false;
  if (coreName(x).length >= 2 && coreName(x) === coreName(y)) return true;
  const limit = Math.min(x.length, y.length) >= 8 ? 2 : 1;
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y, limit) <= limit;
}

/** How a unit that reported stands against the office's list of expected units. */
export type ListMatch =
  { state: 'listed'; expected: string } | { state: 'uncertain'; candidates: string[] } | { state: 'unlisted' };

/**
 * Each reporting unit's place on the list: the expected name it equals (in the compared form); else the expected
 * names, not already matched by another report, that it comes close to; else not on the list.
 */
export function matchUnitsToList(reported: readonly string[], expected: readonly string[]): Map<string, ListMatch> {
  const byKey = new Map(expected.map((name) => [unitKey(name), name]));
  const out = new Map<string, ListMatch>();
  const matched = new Set<string>();
  for (const name of reported) {
    const found = byKey.get(unitKey(name));
    if (found !== undefined) {
      out.set(name, { state: 'listed', expected: found });
      matched.add(found);
    }
  }
  // Each name's key made once: a list of hundreds against as many reports compares every pair.
  const open = [...byKey].filter(([, name]) => !matched.has(name));
  for (const name of reported) {
    if (out.has(name)) continue;
    const key = unitKey(name);
    const candidates = open.filter(([k]) => closeKeys(key, k)).map(([, e]) => e);
    out.set(name, candidates.length ? { state: 'uncertain', candidates } : { state: 'unlisted' });
  }
  return out;
}

/**
 * The expected unit a file's name names (区财政局-定稿.docx): the one whose name, in the compared form, the file's
 * name holds, the longest if several do; null when none does or two equally long ones do. For a file that could
 * not be read, whose unit only its name tells.
 */
export function unitNamedByFile(fileName: string, expected: readonly string[]): string | null {
  const stem = unitKey(fileName.replace(/\.[^.]*$/, ''));
  const held = expected.filter((name) => stem.includes(unitKey(name)));
  const longest = Math.max(0, ...held.map((name) => unitKey(name).length));
  const best = held.filter((name) => unitKey(name).length === longest);
  return best.length === 1 ? best[0]! : null;
}

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
