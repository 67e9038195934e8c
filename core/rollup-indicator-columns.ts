// The indicator columns of a roll-up, as the workbook's 指标 sheet and the charts show them: departments report
// different indicators, so an indicator is one column matched by its key, or failing that by its label (width and
// spacing aside); one that only some departments report has its own column, blank for the others.
import type { RollupFigure, RollupUnit } from './rollup-schema';
import { plainKey } from './unit-names';

export interface IndicatorColumn {
  id: string;
  label: string;
  unit: string;
  kind: RollupFigure['kind'];
}

export interface IndicatorColumns {
  columns: IndicatorColumn[];
  /** One unit's figures by column id (the first figure a column matches). */
  figuresOf(unit: RollupUnit): Map<string, RollupFigure>;
}

const keyId = (key: string) => `key:${key}`;

export function indicatorColumns(units: readonly RollupUnit[]): IndicatorColumns {
  const columns = new Map<string, IndicatorColumn>();
  const byLabel = new Map<string, string>();
  // Labels repeat across thousands of reports: each distinct one is normalised once.
  const labelKeys = new Map<string, string>();
  const labelKey = (label: string) => {
    let key = labelKeys.get(label);
    if (key === undefined) labelKeys.set(label, (key = `label:${plainKey(label)}`));
    return key;
  };
  const add = (id: string, figure: RollupFigure) => {
    if (columns.has(id)) return;
    columns.set(id, { id, label: figure.label, unit: figure.unit, kind: figure.kind });
    if (!byLabel.has(labelKey(figure.label))) byLabel.set(labelKey(figure.label), id);
  };
  const columnOf = (f: RollupFigure) => (f.key ? keyId(f.key) : (byLabel.get(labelKey(f.label)) ?? labelKey(f.label)));
  // Keyed indicators first, so that an unkeyed one with the same label joins the keyed column.
  for (const unit of units) for (const f of unit.figures) if (f.key) add(keyId(f.key), f);
  for (const unit of units) for (const f of unit.figures) if (!f.key) add(columnOf(f), f);
  return {
    columns: [...columns.values()],
    figuresOf(unit) {
      const out = new Map<string, RollupFigure>();
      for (const f of unit.figures) if (!out.has(columnOf(f))) out.set(columnOf(f), f);
      return out;
    },
  };
}
