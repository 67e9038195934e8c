// The district's own report, drafted from the departments' reports a roll-up chose: an ordinary report of the
// department-annual template (the wizard, the checks, Word, sign-off and next year take it as any other), with
// - the indicators that are sums (counts and amounts) summed, each with its coverage (n of N units) said in a
//   sentence at the head of the measures chapter, where a reader of the printed report sees it;
// - every required item's chapter holding the departments' key measures, quoted in their own words after the
//   unit's name (区司法局：…), one paragraph per department and theme. The themes are the template's required
//   items and the themed sections of its measures chapter; a department's text goes to the theme of the
//   template chapter or section it was written in, and where its report does not say (a Word file), to the theme
//   whose keywords (core/district-draft-themes.ts) it names most.
import { DRAFT_THEMES, type DraftTheme } from './district-draft-themes';
import { translator } from './i18n';
import { newId } from './ids';
import type { Chapter, Indicator, Item, Language, Report, Requirement, Section } from './model';
import type { RollupResult } from './rollup-schema';
import { DEFAULT_TEMPLATE_ID, createReportFromTemplate, findTemplate } from './templates';
import { unitKey } from './unit-names';

export interface DraftSource {
  /** The department's name, as the roll-up lists it. */
  unit: string;
  report: Report;
}

export interface DistrictDraftOptions {
  /** The district's unit, whose report this is. */
  organisation: string;
  year: number;
  /** The draft's language; by default the first department's. */
  language?: Language;
  now?: string;
}

/**
 * Key measures per department and theme. A key measure is an item's heading (积极履职，提前谋划。) or, without one,
 * the first sentence of the item or paragraph, and a section's heading sentence: the department's own summary of
 * what follows, which its details only unfold. Three per theme keep one department to a few lines, so that a draft
 * from 60 departments stays a document a person edits rather than a copy of all sixty.
 */
const POINTS_PER_THEME = 3;
/** A first sentence longer than this (a run-on paragraph with no full stop) is cut here, marked by an ellipsis. */
const POINT_CHARS = 120;
/** Themes of the measures chapter that a department's text fits nowhere else: kept in a section of their own. */
const OTHER_MEASURES = 'other-measures';

const MEASURE_THEMES = DRAFT_THEMES.filter((t) => t.requirement === 'measures');
/** The themes a measures section may belong to: the chapter's own, or the leaders' duty (the seed folds it in). */
const SECTION_THEMES = DRAFT_THEMES.filter((t) => t.requirement === 'measures' || t.id === 'first-responsible');
/** The themes a whole chapter may belong to: one per required item. */
const CHAPTER_THEMES = DRAFT_THEMES.filter((t) => t.requirement !== 'measures');

const SENTENCE_END = /[。！？!?]/;

function firstSentence(text: string): string {
  const trimmed = text.trim();
  const end = trimmed.search(SENTENCE_END);
  const sentence = end < 0 ? trimmed : trimmed.slice(0, end + 1);
  return sentence.length > POINT_CHARS ? `${sentence.slice(0, POINT_CHARS)}……` : sentence;
}

/** A point ends as a sentence does, so that the points of a department read on one after another. */
const asSentence = (text: string, language: Language) =>
  SENTENCE_END.test(text.at(-1) ?? '') || text.endsWith('……') ? text : `${text}${language === 'en' ? '.' : '。'}`;

const itemPoint = (item: Item) => (item.title.trim() ? item.title.trim() : firstSentence(item.body));

/** The key measures of a chapter's or section's own text: its items, or without items its paragraphs. */
function bodyPoints(part: Pick<Chapter, 'items' | 'paragraphs'>): string[] {
  return part.items.length ? part.items.map(itemPoint) : part.paragraphs.map(firstSentence);
}

/**
 * A section's heading sentence is the department's own summary, except in a section made from the template
 * (guidanceKey set): its heading is the template's theme, which the draft's own section heading already says.
 */
const sectionPoints = (section: Section) => [section.guidanceKey ? '' : section.heading.trim(), ...bodyPoints(section)];

/** The theme whose keywords the text names most (the first on a tie), or undefined when it names none. */
function themeByKeywords(text: string, themes: readonly DraftTheme[], language: Language): DraftTheme | undefined {
  let best: DraftTheme | undefined;
  let bestHits = 0;
  const lower = text.toLowerCase();
  for (const theme of themes) {
    const hits = theme.keywords[language].filter((k) => lower.includes(k.toLowerCase())).length;
    if (hits > bestHits) [best, bestHits] = [theme, hits];
  }
  return best;
}

/** The required item a department's chapter is about: its template chapter's, else its first, else its words. */
function chapterRequirement(report: Report, chapter: Chapter): Requirement {
  const fromTemplate = findTemplate(report.templateId)?.chapters.find((c) => c.key === chapter.key)?.covers[0];
  return (
    fromTemplate ??
    chapter.covers[0] ??
    themeByKeywords(chapter.title, CHAPTER_THEMES, report.meta.language)?.requirement ??
    'measures'
  );
}

/** The theme of a measures section: its template section's, else by the words of its heading, else of its text. */
function sectionTheme(section: Section, language: Language): string {
  if (section.guidanceKey && MEASURE_THEMES.some((t) => t.id === section.guidanceKey)) return section.guidanceKey;
  const text = [section.heading, ...section.paragraphs, ...section.items.map((i) => `${i.title}${i.body}`)];
  return (
    themeByKeywords(section.heading, SECTION_THEMES, language)?.id ??
    themeByKeywords(text.join('\n'), SECTION_THEMES, language)?.id ??
    OTHER_MEASURES
  );
}

const textTheme = (text: string, language: Language) =>
  themeByKeywords(text, SECTION_THEMES, language)?.id ?? OTHER_MEASURES;

/** Theme → department → its key measures there, in the order the departments were given. */
type Gathered = Map<string, Map<string, string[]>>;

function gather(sources: readonly DraftSource[]): Gathered {
  const gathered: Gathered = new Map();
  const add = (theme: string, unit: string, points: readonly string[]) => {
    const byUnit = gathered.get(theme) ?? new Map<string, string[]>();
    gathered.set(theme, byUnit);
    const held = byUnit.get(unit) ?? [];
    byUnit.set(unit, held);
    for (const point of points) if (point && held.length < POINTS_PER_THEME) held.push(point);
  };
  for (const { unit, report } of sources) {
    const language = report.meta.language;
    for (const chapter of report.chapters) {
      const requirement = chapterRequirement(report, chapter);
      if (requirement !== 'measures') {
        // The chapter's lead paragraphs frame its items or sections; they are its content only when alone.
        const own = chapter.items.length || !chapter.sections.length ? bodyPoints(chapter) : [];
        add(requirement, unit, [...own, ...chapter.sections.flatMap(sectionPoints)]);
        continue;
      }
      for (const section of chapter.sections) add(sectionTheme(section, language), unit, sectionPoints(section));
      // A measures chapter without sections: each item (or, without items, paragraph) goes to its own theme.
      const loose = chapter.items.length
        ? chapter.items.map((i) => ({ point: itemPoint(i), text: `${i.title}${i.body}` }))
        : chapter.sections.length
          ? []
          : chapter.paragraphs.map((p) => ({ point: firstSentence(p), text: p }));
      for (const { point, text } of loose) add(textTheme(text, language), unit, [point]);
    }
  }
  return gathered;
}

/** Adds up without the binary fractions of decimal amounts (0.1 + 0.2) showing in the printed sum. */
const roundSum = (value: number) => Math.round(value * 1e6) / 1e6;

interface Total {
  indicator: Indicator;
  count: number;
}

/**
 * The departments' counts and amounts, summed per indicator (by key, else by label, and by unit of measure).
 * Percentages do not add up and are left out; so are the part-of links, because a part and its whole reported
 * by different units could sum to a part greater than its whole.
 */
function totals(sources: readonly DraftSource[]): Total[] {
  const byKey = new Map<string, Total>();
  for (const { report } of sources) {
    for (const indicator of report.indicators) {
      if (indicator.kind === 'percent') continue;
      const key = `${indicator.key ?? `label:${unitKey(indicator.label)}`}\n${indicator.unit}`;
      let total = byKey.get(key);
      if (!total) {
        const { label, unit, kind } = indicator;
        total = {
          indicator: {
            id: newId(),
            ...(indicator.key ? { key: indicator.key } : {}),
            label,
            unit,
            kind,
            value: null,
            notApplicable: false,
          },
          count: 0,
        };
        byKey.set(key, total);
      }
      if (indicator.notApplicable || indicator.value === null) continue;
      total.indicator.value = roundSum((total.indicator.value ?? 0) + indicator.value);
      total.count++;
    }
  }
  return [...byKey.values()];
}

/**
 * The year to draft for: the roll-up's; for a roll-up of all years the latest one it used (a district writes
 * last year's report); null when it used no report.
 */
export function draftYear(result: Pick<RollupResult, 'year' | 'units'>): number | null {
  if (result.year !== null) return result.year;
  return result.units.reduce<number | null>((latest, unit) => Math.max(latest ?? unit.year, unit.year), null);
}

/** The draft report of `options.organisation` for `options.year` from the departments' reports, in their order. */
export function draftDistrictReport(sources: readonly DraftSource[], options: DistrictDraftOptions): Report {
  const language = options.language ?? sources[0]?.report.meta.language ?? 'zh-CN';
  const t = translator(language, 'districtDraft');
  const draft = createReportFromTemplate(DEFAULT_TEMPLATE_ID, {
    organisation: options.organisation,
    year: options.year,
    language,
    now: options.now,
  });
  const gathered = gather(sources);
  const paragraphs = (theme: string) =>
    [...(gathered.get(theme) ?? new Map<string, string[]>())]
      .filter(([, points]) => points.length)
      .map(([unit, points]) =>
        t('report.attributed', {
          unit,
          text: points.map((p) => asSentence(p, language)).join(language === 'en' ? ' ' : ''),
        }),
      );

  const sums = totals(sources);
  const count = sources.length;
  const figures = sums.map(({ indicator: { label, value, unit }, count: reported }) =>
    value === null
      ? t('report.figureBlank', { label, total: count })
      : t('report.figure', { label, value, unit, count: reported, total: count }),
  );
  draft.indicators = sums.map((s) => s.indicator);
  draft.preamble = [t('report.preamble', { year: options.year, count })];

  for (const chapter of draft.chapters) {
    const requirement = chapter.covers[0]!;
    if (requirement !== 'measures') {
      chapter.paragraphs = paragraphs(requirement);
      continue;
    }
    if (figures.length)
      chapter.paragraphs = [t('report.totals', { count, figures: figures.join(t('report.separator')) })];
    const other: Section = {
      id: newId(),
      heading: t('report.otherMeasures'),
      headingStyle: 'standalone',
      paragraphs: [],
      items: [],
      itemLayout: 'paragraphs',
      closing: [],
    };
    // A theme no department wrote about is left out, rather than printed as an empty heading.
    chapter.sections = [...chapter.sections, other]
      .map((section) => ({
        ...section,
        headingStyle: 'standalone' as const,
        paragraphs: paragraphs(section === other ? OTHER_MEASURES : section.guidanceKey!),
      }))
      .filter((section) => section.paragraphs.length);
  }
  return draft;
}
