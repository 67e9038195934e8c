// The roll-up's page count (counted on the grid from the document blocks) against the pages the PDF export
// really lays out, for the seed, the outline fixtures of other shapes, and generated reports short and long.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import type { Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { estimatePages } from '../../electron/services/rollup/page-estimate';
import { renderReportPdf } from '../../electron/services/pdf-file';
import { readFixture, readSeed } from '../unit/seed';
import { departmentReport } from './departments';

function long(): Report {
  const report = departmentReport(3);
  for (const chapter of report.chapters) chapter.paragraphs = [chapter.paragraphs[0]!.repeat(30)];
  report.style.seal = true;
  return report;
}

const cases: [string, () => Report][] = [
  ['seed', () => importOutline(readSeed())],
  ['five-part outline', () => importOutline(readFixture('outline-five-part.txt'))],
  ['standalone sections', () => importOutline(readFixture('standalone-sections-2024.txt'))],
  ['generated department', () => departmentReport(1)],
  ['long, with room for the seal', long],
];

describe('page estimate', { timeout: 60_000 }, () => {
  it.each(cases)('%s: as many pages as the PDF', async (_, make) => {
    const report = make();
    const { pages } = await renderReportPdf(report);
    expect(estimatePages(buildDocument(report).blocks, report.style.seal)).toBe(pages);
  });
});
