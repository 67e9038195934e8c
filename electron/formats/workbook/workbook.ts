// The roll-up as an Excel workbook's bytes, made with exceljs's streaming writer (each row is zipped as it is
// made and not kept as a cell model, so only the compressed workbook grows with the number of units). Sheets
// 汇总, 指标, 缺报, 问题; every sheet has its header row frozen, columns as wide as their contents (a CJK
// character counts double) and numbers stored as numbers. The output writer puts the bytes on disk.
import ExcelJS from 'exceljs';
import { Writable } from 'node:stream';
import { translator, type TFunction } from '../../../core/i18n';
import { REQUIREMENTS, type Language } from '../../../core/model';
import type { RollupAbsence, RollupMessage, RollupResult, RollupUnit } from '../../../core/rollup-schema';
import { indicatorColumns } from '../../../core/rollup-indicator-columns';
import { halfWidthUnits } from '../../../core/char-width';

type Value = string | number | null | { formula: string; result: number };
type Mark = 'flagged' | 'missing';

interface Row {
  values: Value[];
  /** Cells to highlight, by column index. */
  marks?: Map<number, Mark>;
  /** The totals row: bold. */
  total?: boolean;
}

interface Sheet {
  name: string;
  headers: string[];
  /** Called twice: once to measure the columns, once to write. */
  rows: () => Iterable<Row>;
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
const FILLS: Record<Mark, string> = { flagged: 'FFF4C7C3', missing: 'FFFFF2CC' };

/** Display width in Excel's character units: a CJK (full-width) character takes two. */
export const displayWidth = halfWidthUnits;

const cellText = (value: Value): string =>
  value === null ? '' : typeof value === 'object' ? String(value.result) : String(value);

function columnWidths(sheet: Sheet): number[] {
  const widths = sheet.headers.map(displayWidth);
  for (const row of sheet.rows())
    row.values.forEach((v, i) => {
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cellText(v)));
    });
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}

/** A1-style column letters (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

const message = (t: TFunction<'rollup'>, m: RollupMessage): string =>
  (t as unknown as (key: string, params: object) => string)(m.key, m.params);

function summarySheet(result: RollupResult, t: TFunction<'rollup'>): Sheet {
  // Translated once: a translation call per cell would cost more than the rest of the row.
  const [yes, no, unknown, covered] = [t('yes'), t('no'), t('unknown'), t('covered')];
  const yesNo = (v: boolean | null) => (v === null ? unknown : v ? yes : no);
  const statuses = new Map<string, string>();
  const status = (key: string) => {
    if (!statuses.has(key)) statuses.set(key, t(`status.${key}` as 'status.draft'));
    return statuses.get(key)!;
  };
  return {
    name: t('sheet.summary'),
    headers: [
      t('column.unit'),
      t('column.title'),
      t('column.year'),
      t('column.status'),
      t('column.signedOff'),
      t('column.signer'),
      t('column.fingerprint'),
      t('column.pages'),
      t('column.characters'),
      ...REQUIREMENTS.map((r) => t(`requirement.${r}`)),
      t('column.findings'),
      t('column.deadlineMet'),
      t('column.duplicates'),
      t('column.list'),
      t('column.file'),
    ],
    *rows() {
      for (const u of result.units)
        yield {
          values: [
            u.unit,
            u.title,
            u.year,
            status(u.status),
            yesNo(u.signedOff),
            u.signer || null,
            u.fingerprint,
            u.pages,
            u.characters,
            ...REQUIREMENTS.map((r) => (u.covers.includes(r) ? covered : null)),
            u.findings,
            yesNo(u.deadlineMet),
            u.duplicates,
            listText(t, u),
            u.file,
          ],
        };
    },
  };
}

/** Names listed under a total, at most: a cell holds 32,767 characters, and a person reads far fewer. */
const LISTED_WITHOUT = 200;

/** The expected units without a usable report (a result made before `absent` existed has only `missing`). */
const absences = (result: RollupResult): RollupAbsence[] =>
  result.absent ?? (result.missing ?? []).map((unit) => ({ unit, state: 'nothing', received: [] }));

/** A unit's place on the expected list, as 汇总 shows it; blank when no list was given. */
function listText(t: TFunction<'rollup'>, unit: RollupUnit): string | null {
  const list = unit.list;
  if (!list) return null;
  if (list.state !== 'uncertain') return t(`list.${list.state}`);
  return t('list.uncertain', { candidates: list.candidates.join(t('list.or')) });
}

function indicatorSheet(result: RollupResult, t: TFunction<'rollup'>): Sheet {
  const { columns, figuresOf } = indicatorColumns(result.units);
  const first = 2;
  const totals = columns.map(() => 0);
  /** Per column, the units with a value; and those without one, as the coverage row lists them. */
  const counted = columns.map(() => 0);
  const without: string[][] = columns.map(() => []);
  const notApplicable = t('notApplicable');
  const separator = t('warning.separator');
  // Expected units that sent no usable report have no value in any column.
  const absent = absences(result).map((a) => a.unit);
  const units = result.units.length + absent.length;
  // Rows are made twice (measured, then written): the warnings are translated once.
  const warningText = new WeakMap<RollupUnit, string>();
  return {
    name: t('sheet.indicators'),
    headers: [
      t('column.unit'),
      t('column.year'),
      ...columns.map((c) => (c.unit ? `${c.label}（${c.unit}）` : c.label)),
      t('column.warnings'),
    ],
    *rows() {
      totals.fill(0);
      counted.fill(0);
      for (const list of without) list.length = 0;
      for (const unit of result.units) yield indicatorRow(unit, figuresOf(unit));
      const last = result.units.length + 1;
      yield {
        total: true,
        values: [
          t('total'),
          null,
          ...columns.map((c, i) => {
            // A sum of percentages means nothing, and a sum of no values is not a zero: both left blank.
            if (c.kind === 'percent' || counted[i] === 0) return null;
            const letter = columnLetter(first + i);
            return { formula: `SUM(${letter}2:${letter}${last})`, result: totals[i]! };
          }),
          null,
        ],
      };
      // Beside every total, how many units it covers and which have no value in it.
      yield {
        values: [t('column.coverage'), null, ...counted.map((n) => t('coverage.covered', { n, total: units })), null],
      };
      yield {
        values: [
          t('column.without'),
          null,
          ...without.map((names) => {
            const all = [...names, ...absent];
            if (all.length === 0) return null;
            const shown = all.slice(0, LISTED_WITHOUT).join(t('coverage.separator'));
            return all.length > LISTED_WITHOUT ? t('coverage.more', { units: shown, count: all.length }) : shown;
          }),
          null,
        ],
      };
    },
  };

  function indicatorRow(unit: RollupUnit, figures: ReturnType<typeof figuresOf>): Row {
    const marks = new Map<number, Mark>();
    const values = columns.map((c, i): Value => {
      const f = figures.get(c.id);
      if (!f || f.notApplicable || f.value === null) {
        without[i]!.push(f?.notApplicable ? t('coverage.notApplicableUnit', { unit: unit.unit }) : unit.unit);
        if (!f) return null;
      }
      if (f.notApplicable) return notApplicable;
      if (f.value === null) {
        marks.set(first + i, 'missing');
        return null;
      }
      if (f.flagged) marks.set(first + i, 'flagged');
      totals[i]! += f.value;
      counted[i]!++;
      return f.value;
    });
    let warnings = warningText.get(unit);
    if (warnings === undefined) {
      warnings = unit.warnings.map((w) => message(t, w)).join(separator);
      warningText.set(unit, warnings);
    }
    return { values: [unit.unit, unit.year, ...values, warnings || null], marks };
  }
}

/** The expected units without a usable report: nothing received, or what was received and why it is not used. */
function missingSheet(result: RollupResult, t: TFunction<'rollup'>): Sheet {
  const separator = t('warning.separator');
  return {
    name: t('sheet.missing'),
    headers: ['#', t('column.expectedUnit'), t('column.situation'), t('column.reason'), t('column.file')],
    *rows() {
      let n = 0;
      for (const a of absences(result))
        yield {
          values: [
            ++n,
            a.unit,
            t(`absent.${a.state}`),
            a.received.map((r) => message(t, r.reason)).join(separator) || null,
            a.received.map((r) => r.file).join(separator) || null,
          ],
        };
    },
  };
}

function problemSheet(result: RollupResult, t: TFunction<'rollup'>): Sheet {
  return {
    name: t('sheet.problems'),
    headers: [t('column.file'), t('column.category'), t('column.reason')],
    *rows() {
      for (const p of result.problems) yield { values: [p.file, t(`category.${p.category}`), message(t, p.reason)] };
    },
  };
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, sheet: Sheet): void {
  const worksheet = workbook.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  const widths = columnWidths(sheet);
  worksheet.columns = sheet.headers.map((header, i) => ({ header, width: widths[i] }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for (const row of sheet.rows()) {
    const written = worksheet.addRow(row.values);
    if (row.total) written.font = { bold: true };
    for (const [column, mark] of row.marks ?? []) {
      written.getCell(column + 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILLS[mark] } };
    }
    written.commit();
  }
  worksheet.commit();
}

/** The workbook's bytes. */
export async function renderRollupWorkbook(
  result: RollupResult,
  options: { language: Language },
): Promise<{ bytes: Uint8Array }> {
  const t = translator(options.language, 'rollup');
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  for (const sheet of [summarySheet, indicatorSheet, missingSheet, problemSheet])
    writeSheet(workbook, sheet(result, t));
  await workbook.commit();
  return { bytes: new Uint8Array(Buffer.concat(chunks)) };
}
