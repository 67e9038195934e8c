// Indicators belong to the office, not to the template: each kind of department counts different things
// (a statistics bureau checks enterprises' source data, a justice bureau mediates disputes). Presets are data
// (core/indicator-presets/*.json): a starting set the user may choose when creating or importing a report,
// suggested from the unit's name and never forced; the report then keeps its own list, edited in the app.
import { z } from 'zod';
import general from './indicator-presets/general.json';
import justice from './indicator-presets/justice.json';
import marketRegulation from './indicator-presets/market-regulation.json';
import statistics from './indicator-presets/statistics.json';
import township from './indicator-presets/township.json';
import { AppError } from './errors';
import { scanIndicatorValues, type IndicatorHint, type IndicatorScan } from './indicator-extract';
import { newId } from './ids';
import { INDICATOR_KINDS, type Indicator, type Language, type Report } from './model';

const bilingualText = z.object({ 'zh-CN': z.string(), en: z.string() });

const presetIndicatorSchema = z.object({
  key: z.string(),
  label: bilingualText,
  unit: bilingualText,
  kind: z.enum(INDICATOR_KINDS),
  /** The key of the whole this figure is a part of (31 self-corrected of 285 checked). */
  partOf: z.string().optional(),
  /** Keywords near which the value is looked for in the report's text. */
  find: z.object({ 'zh-CN': z.array(z.string()), en: z.array(z.string()).optional() }).optional(),
});
export type PresetIndicator = z.infer<typeof presetIndicatorSchema>;

const presetSchema = z.object({
  id: z.string(),
  name: bilingualText,
  description: bilingualText,
  /** Patterns (case-insensitive) of unit names this preset is suggested for. */
  suggestFor: z.array(z.string()),
  indicators: z.array(presetIndicatorSchema),
});
export type IndicatorPreset = z.infer<typeof presetSchema>;

/** The neutral preset, suggested when a unit's name says nothing about its kind. */
export const GENERAL_PRESET_ID = 'general';

const PRESETS: readonly IndicatorPreset[] = [general, statistics, justice, marketRegulation, township].map((p) =>
  presetSchema.parse(p),
);

export interface IndicatorPresetSummary {
  id: string;
  name: Record<Language, string>;
  description: Record<Language, string>;
}

export function listIndicatorPresets(): IndicatorPresetSummary[] {
  return PRESETS.map(({ id, name, description }) => ({ id, name, description }));
}

export function getIndicatorPreset(id: string): IndicatorPreset {
  const preset = PRESETS.find((p) => p.id === id);
  if (!preset) throw new AppError('INDICATOR_PRESET_UNKNOWN', { id });
  return preset;
}

/** The preset a unit's name suggests (区统计局 → statistics, 城关镇人民政府 → township), else the general one. */
export function suggestIndicatorPreset(organisation: string): string {
  const name = organisation.trim();
  return (
    PRESETS.find((p) => p.suggestFor.some((pattern) => new RegExp(pattern, 'i').test(name)))?.id ?? GENERAL_PRESET_ID
  );
}

/** A preset's indicators, empty, in the report's language, with `partOf` pointing at the new ids. */
export function presetIndicators(presetId: string, language: Language): Indicator[] {
  const preset = getIndicatorPreset(presetId);
  const keyToId = new Map(preset.indicators.map((i) => [i.key, newId()]));
  return preset.indicators.map((i) => ({
    id: keyToId.get(i.key)!,
    key: i.key,
    label: i.label[language],
    unit: i.unit[language],
    kind: i.kind,
    value: null,
    notApplicable: false,
    partOf: i.partOf ? keyToId.get(i.partOf) : undefined,
  }));
}

/**
 * A preset's indicators added to a report's own: those it already has (by key) are kept as they are, the
 * others appended empty. Nothing the office added, renamed or filled in is removed.
 */
export function addPresetIndicators(report: Report, presetId: string): Report {
  const have = new Set(report.indicators.map((i) => i.key).filter(Boolean));
  const incoming = presetIndicators(presetId, report.meta.language);
  const existingIdOfKey = new Map(report.indicators.filter((i) => i.key).map((i) => [i.key!, i.id]));
  const keyOfNewId = new Map(incoming.map((i) => [i.id, i.key!]));
  const added = incoming
    .filter((i) => !have.has(i.key))
    .map((i) => {
      // A part whose whole the report already has points at that existing whole.
      const wholeKey = i.partOf ? keyOfNewId.get(i.partOf) : undefined;
      return wholeKey && existingIdOfKey.has(wholeKey) ? { ...i, partOf: existingIdOfKey.get(wholeKey) } : i;
    });
  return added.length ? { ...report, indicators: [...report.indicators, ...added] } : report;
}

/** A preset indicator by key (the same key means the same figure in every preset). */
export function presetIndicator(key: string | undefined): PresetIndicator | undefined {
  if (!key) return undefined;
  for (const preset of PRESETS) {
    const found = preset.indicators.find((i) => i.key === key);
    if (found) return found;
  }
  return undefined;
}

/** Keywords to find each of a report's indicators in its text (indicator id → keywords), from the presets. */
export function indicatorKeywords(report: Pick<Report, 'indicators' | 'meta'>): Map<string, readonly string[]> {
  return new Map(
    report.indicators.map((i) => [i.id, presetIndicator(i.key)?.find?.[report.meta.language] ?? []] as const),
  );
}

/** An indicator the text may fill: no value yet, and not marked "not applicable". */
export const isFillable = (indicator: Indicator): boolean => indicator.value === null && !indicator.notApplicable;

/** An indicator with a figure: filled in, and not marked "not applicable". */
const isFilled = (indicator: Indicator): boolean => indicator.value !== null && !indicator.notApplicable;

/** The figures a report's text settles for its filled-in indicators, read as the import reads them. */
export function statedIndicatorValues(report: Report, text: string): IndicatorHint[] {
  return scanIndicatorValues(text, report.indicators.filter(isFilled), indicatorKeywords(report)).found;
}

/**
 * The values a report's own text gives its empty indicators, and the ones it leaves in doubt: what the
 * wizard's "find values", the outline import and the CLI all use, each over the text it has (the wizard gives the
 * report's rendering: text-render builds the document, which reaches this module through the templates).
 */
export function findReportIndicatorValues(report: Report, text: string): IndicatorScan {
  return scanIndicatorValues(text, report.indicators.filter(isFillable), indicatorKeywords(report));
}
