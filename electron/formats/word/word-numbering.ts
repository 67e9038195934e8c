// Word's automatic numbering (word/numbering.xml): the number a list paragraph shows is not in its text but
// made from its list's level definition (w:numFmt, w:lvlText such as "%1、" or "（%2）") and counters that
// run through the document. This reconstructs the number each numbered paragraph shows.
import { toFullWidth } from '../../../core/char-width';
import { chineseDigits, chineseNumeral } from '../../../core/chinese-numerals';
import { attr, child, childrenOf, root, tagOf, type XNode } from './safe-xml';

interface Level {
  format: string;
  text: string;
  start: number;
  /** The level (0-based) whose numbering restarts this one; -1: never; default: any higher level. */
  restartAfter: number | null;
}

interface Instance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table) {
    while (n >= value) {
      out += letters;
      n -= value;
    }
  }
  return out;
}

const letters = (n: number): string =>
  String.fromCharCode(64 + (((n - 1) % 26) + 1)).repeat(Math.floor((n - 1) / 26) + 1);

/** A counter's value as the level's number format shows it. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'ideographLegalTraditional':
      return n >= 1 && n <= 9999 ? chineseNumeral(n) : String(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return chineseDigits(n);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return CIRCLED[n - 1] ?? String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return toFullWidth(String(n));
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const intAttr = (node: XNode | undefined, fallback: number): number => {
  const v = node ? Number(attr(node, 'w:val')) : NaN;
  return Number.isFinite(v) ? v : fallback;
};

export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly instances = new Map<string, Instance>();
  /** Counters per list instance and level. */
  private readonly counters = new Map<string, (number | undefined)[]>();

  constructor(numberingXml: XNode[] | null) {
    const numbering = numberingXml ? root(numberingXml, 'w:numbering') : undefined;
    if (!numbering) return;
    for (const node of childrenOf(numbering)) {
      const tag = tagOf(node);
      if (tag === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of childrenOf(node)) {
          if (tagOf(lvl) !== 'w:lvl') continue;
          const restart = child(lvl, 'w:lvlRestart');
          levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
            format: attr(child(lvl, 'w:numFmt') ?? {}, 'w:val') ?? 'decimal',
            text: attr(child(lvl, 'w:lvlText') ?? {}, 'w:val') ?? '',
            start: intAttr(child(lvl, 'w:start'), 1),
            restartAfter: restart ? intAttr(restart, 0) - 1 : null,
          });
        }
        this.abstracts.set(attr(node, 'w:abstractNumId') ?? '', levels);
      } else if (tag === 'w:num') {
        const startOverrides = new Map<number, number>();
        for (const o of childrenOf(node)) {
          if (tagOf(o) !== 'w:lvlOverride') continue;
          const start = child(o, 'w:startOverride');
          if (start) startOverrides.set(Number(attr(o, 'w:ilvl') ?? 0), intAttr(start, 1));
        }
        this.instances.set(attr(node, 'w:numId') ?? '', {
          abstractId: attr(child(node, 'w:abstractNumId') ?? {}, 'w:val') ?? '',
          startOverrides,
        });
      }
    }
  }

  private level(numId: string, ilvl: number): Level | undefined {
    const instance = this.instances.get(numId);
    return instance ? this.abstracts.get(instance.abstractId)?.get(ilvl) : undefined;
  }

  /**
   * The number the next paragraph of list `numId` at level `ilvl` shows ('' for bullets and unknown lists),
   * advancing the counters as Word does: a level restarts after any higher level was used since.
   */
  next(numId: string, ilvl: number): string {
    const instance = this.instances.get(numId);
    const level = this.level(numId, ilvl);
    if (!instance || !level) return '';
    const counters = this.counters.get(numId) ?? [];
    this.counters.set(numId, counters);
    const startOf = (l: number) => instance.startOverrides.get(l) ?? this.level(numId, l)?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = this.level(numId, deeper)?.restartAfter ?? null;
      if (restartAfter === null || restartAfter >= ilvl) counters[deeper] = undefined;
    }
    if (level.format === 'bullet') return '';
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const value = counters[l] ?? startOf(l);
      const fmt = this.level(numId, l)?.format ?? 'decimal';
      return formatNumber(value, l === ilvl ? level.format : fmt);
    });
  }
}
