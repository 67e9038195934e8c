// One department's report → the compact record the roll-up keeps (the report itself is dropped at once, so
// memory stays flat however many files are read). The facts owned elsewhere come through report-facts.ts.
import { buildDocument, runsText, type Block } from '../../../core/document';
import type { RollupFigure, RollupMessage, RollupUnit } from '../../../core/rollup-schema';
import { reportUnit } from '../../../core/unit-names';
import { validateReport } from '../../../core/validation';
import { estimatePages } from './page-estimate';
import { deadlineMet, reportFacts, type DepartmentFile } from './report-facts';

function blockText(block: Block): string {
  switch (block.type) {
    case 'title':
    case 'recipient':
      return block.text;
    case 'heading':
    case 'paragraph':
      return runsText(block.runs);
    case 'signature':
      return `${block.unit}\n${block.date ?? ''}`;
  }
}

const countCharacters = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '').length;

export interface SummariseOptions {
  /** Today in the office's time zone, YYYY-MM-DD, for the validation's plausible-year check. */
  today: string;
  /** The office's time zone, for the day a report was signed off. */
  timeZone: string;
}

export function summariseReport(
  { report, kind, versions }: DepartmentFile,
  file: string,
  options: SummariseOptions,
): RollupUnit {
  const { blocks, title } = buildDocument(report);
  const facts = reportFacts(report, versions, blocks);
  const printed = blocks.map(blockText).join('\n');
  const findings = validateReport(report, { today: options.today, blocks });
  const flagged = new Set<number>();
  const warnings: RollupMessage[] = [];
  const missing: string[] = [];
  for (const f of findings) {
    const at = f.path[0] === 'indicators' ? Number(f.path[1]) : -1;
    if (f.code === 'INDICATOR_PART_EXCEEDS_WHOLE') {
      flagged.add(at);
      warnings.push({ key: 'rollup:warning.partExceedsWhole', params: f.params });
    } else if (f.code === 'INDICATOR_EMPTY') {
      missing.push(String(f.params.label));
    }
  }
  // The labels are the report's own words: listed the way its language lists them.
  const listed = missing.join(report.meta.language === 'en' ? ', ' : '、');
  if (missing.length) warnings.unshift({ key: 'rollup:warning.missingValues', params: { labels: listed } });
  return {
    file,
    source: kind,
    unit: reportUnit(report),
    title,
    year: report.meta.year,
    status: facts.status,
    signedOff: facts.signedOff,
    signer: facts.signer,
    fingerprint: facts.fingerprint,
    decidedAt: facts.decidedAt,
    pages: estimatePages(blocks, report.style.seal),
    characters: countCharacters(printed),
    covers: [...new Set(report.chapters.flatMap((c) => c.covers))],
    findings: findings.length,
    deadlineMet: deadlineMet(report, options.timeZone),
    figures: report.indicators.map((indicator, i): RollupFigure => {
      const figure = {
        label: indicator.label,
        unit: indicator.unit,
        kind: indicator.kind,
        value: indicator.notApplicable ? null : indicator.value,
        notApplicable: indicator.notApplicable,
        flagged: flagged.has(i),
      };
      // Not `...(key ? { key } : {})` in the literal: that conditional spread copies ten times slower.
      return indicator.key ? { key: indicator.key, ...figure } : figure;
    }),
    warnings,
    duplicates: 0,
    signedAt: facts.signedAt,
    version: facts.version,
    date: report.meta.date,
  };
}
