// Each finding is emitted once: over every report the tests use (the fixtures, the seed, the generated
// departments and long reports, every template in both languages and with every indicator preset, next
// year's reports), validation never gives two findings with the same code, place and parameters. Tests that
// look findings up with `find` cannot see a second one; this one can.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathKey } from '../../core/doc-path';
import { listIndicatorPresets } from '../../core/indicator-presets';
import type { Report } from '../../core/model';
import { nextYearReport } from '../../core/next-year';
import { importOutline } from '../../core/outline-import';
import { createReportFromTemplate, listTemplates } from '../../core/templates';
import { decodeText } from '../../core/text-decode';
import { validateReport, type Finding } from '../../core/validation';
import { longReport } from '../pdf/long-report';
import { departmentReport } from '../rollup/departments';
import { repoRoot } from './seed';

const today = '2025-03-01';
const fixtures = path.join(repoRoot, 'tests/fixtures');

/** The statistics set with its figures filled in, then the total that one figure is part of removed. */
function wholeRemoved(): Report {
  const report = createReportFromTemplate('three-part', {
    organisation: '区统计局',
    year: 2024,
    indicatorPreset: 'statistics',
  });
  report.indicators.forEach((indicator, i) => (indicator.value = i + 1));
  const whole = report.indicators.find((i) => report.indicators.some((part) => part.partOf === i.id))!;
  return { ...report, indicators: report.indicators.filter((i) => i !== whole) };
}

function reports(): [string, Report][] {
  const out: [string, Report][] = readdirSync(fixtures)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, importOutline(decodeText(readFileSync(path.join(fixtures, name))).text)]);
  for (const [name, report] of [...out]) out.push([`${name}, next year`, nextYearReport(report)]);
  for (let i = 0; i < 10; i++) out.push([`department ${i}`, departmentReport(i)]);
  const exceeding = departmentReport(5);
  exceeding.indicators[3]!.value = exceeding.indicators[2]!.value! + 50;
  out.push(['a part greater than its whole', exceeding]);
  out.push(['a long report', longReport(3)]);
  for (const { id } of listTemplates())
    for (const language of ['zh-CN', 'en'] as const)
      for (const { id: indicatorPreset } of listIndicatorPresets())
        out.push([
          `${id} (${language}, ${indicatorPreset})`,
          createReportFromTemplate(id, { organisation: '区司法局', year: 2024, language, indicatorPreset }),
        ]);
  out.push(['a part whose whole was removed', wholeRemoved()]);
  return out;
}

/** Findings that say the same thing about the same place: the same code, path and parameters. */
function repeated(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of findings) {
    const key = `${f.code} @ ${pathKey(f.path)} ${JSON.stringify(Object.entries(f.params).sort())}`;
    if (seen.has(key)) out.push(key);
    seen.add(key);
  }
  return out;
}

describe('each finding is emitted once', () => {
  it.each(reports())('%s', (_, report) => {
    for (const stage of ['writing', 'review'] as const)
      expect(repeated(validateReport(report, { today, stage })), stage).toEqual([]);
  });

  it('says once that a part’s total was removed', () => {
    const findings = validateReport(wholeRemoved(), { today });
    expect(findings.filter((f) => f.code === 'INDICATOR_WHOLE_MISSING')).toHaveLength(1);
  });
});
