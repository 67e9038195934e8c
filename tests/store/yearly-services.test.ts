// The year-over-year services over a real data folder: this year's report started from last year's text in
// one step, and the public copy written as a web page and handed to the PDF exporter without its internal parts.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../core/model';
import { createServices, type PdfRenderer, type Services } from '../../electron/services';
import { tempDir } from './helpers';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const outline = path.join(repoRoot, 'tests/fixtures/plans-every-style-2023.txt');

let services: Services | null = null;
afterEach(async () => {
  await services?.close();
  services = null;
});

async function start(dir: string, renderPdf: PdfRenderer) {
  const saveDir = path.join(dir, 'saved');
  mkdirSync(saveDir);
  services = await createServices({
    dataDir: path.join(dir, 'data'),
    chooseOpenPath: async () => outline,
    chooseSavePath: async (_kind, name) => path.join(saveDir, name),
    openPath: async () => undefined,
    showInFolder: async () => undefined,
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
    now: () => new Date('2025-01-06T08:00:00Z'),
    renderPdf,
  });
  return { services, saveDir };
}

describe('yearly services', () => {
  it('imports last year’s text and starts this year’s report from it in one step', async () => {
    const { services } = await start(tempDir(), vi.fn<PdfRenderer>());
    const next = (await services.importOutlineFile({ nextYear: true }))!.report;
    expect(next.meta.year).toBe(2024);
    const list = await services.listReports();
    expect(list.map((r) => r.year).sort()).toEqual([2023, 2024]);
    const last = list.find((r) => r.year === 2023)!;
    expect(next.previous).toEqual({ id: last.id, year: 2023 });
    expect(next.plans).toHaveLength(9);
    expect((await services.openReport(next.id)).report.plans).toHaveLength(9);
  });

  it('writes the public copy as a web page and as a PDF without the internal parts', async () => {
    let exported: Report | null = null;
    const exporter = vi.fn<PdfRenderer>(async (report) => {
      exported = report;
      return { bytes: new TextEncoder().encode('%PDF-1.7 fake'), pages: 1, fonts: [], missingCharacters: [] };
    });
    const { services, saveDir } = await start(tempDir(), exporter);
    const report = (await services.importOutlineFile({}))!.report;
    report.meta.drafter = '张三';
    report.chapters[0]!.sections[1]!.internal = true;
    await services.saveReport(report);

    const html = await services.exportPublicCopy(report.id, { format: 'html' });
    expect(html).toMatchObject({ fileName: '区市场监管局2023年法治政府建设情况报告（公开版）.html', warnings: [] });
    const page = readFileSync(path.join(saveDir, html!.fileName), 'utf8');
    expect(page).toContain('加强学法用法');
    expect(page).not.toContain('规范执法行为');
    expect(page).not.toContain('区委、区政府');

    const pdf = await services.exportPublicCopy(report.id, { format: 'pdf' });
    expect(pdf!.fileName).toBe('区市场监管局2023年法治政府建设情况报告（公开版）.pdf');
    expect(exported!.meta).toMatchObject({ recipient: null, drafter: '' });
    expect(exported!.chapters[0]!.sections.map((s) => s.heading)).toEqual(['加强学法用法。']);
  });
});
