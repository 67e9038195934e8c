// The verify reader as the installed app runs it: without pdf.js's native canvas package (@napi-rs/canvas), which
// the app does not carry. A child process makes the package unresolvable (tests/pdf/without-canvas.ts), reads an
// exported PDF and prints what it read; the terminal hears nothing from pdf.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfStamp } from '../../core/export-stamp';
import { reportSchema } from '../../core/model';
import type { PageDrawing } from '../../electron/formats/pdf-reading/page-drawing';
import { renderPdf } from '../../electron/formats/pdf/export';
import { repoRoot } from '../unit/seed';

const report = reportSchema.parse({
  schemaVersion: 1,
  id: 'without-canvas',
  templateId: 'department-annual',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  meta: { organisation: '测试局', year: 2024 },
  chapters: [{ id: 'c1', title: '主要工作', paragraphs: ['全年开展行政执法检查12次。'] }],
});

let dir: string;
let pdf: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'read-pdf-'));
  pdf = path.join(dir, 'report.pdf');
  writeFileSync(pdf, (await renderPdf(report, { stamp: pdfStamp(report, 'zh-CN') })).bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withoutCanvas = (what: 'reader' | 'pdfjs') =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/pdf/without-canvas.ts'), what, pdf], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('reading a PDF without pdf.js’s canvas package', () => {
  it('pdf.js alone does not even load there (so the child really lacks the package)', () => {
    const run = withoutCanvas('pdfjs');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Cannot load "@napi-rs/canvas" package');
    expect(run.stderr).toContain('ReferenceError: DOMMatrix is not defined');
  });

  it('the reader reads the document information, every page’s text and a page’s drawing, and pdf.js says nothing', () => {
    const run = withoutCanvas('reader');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const content = JSON.parse(run.stdout) as { info: Record<string, string>; pages: string[]; drawing: PageDrawing };
    expect(content.info).toMatchObject(pdfStamp(report, 'zh-CN').info);
    expect(content.info.Title).toBe('测试局2024年法治政府建设情况报告');
    expect(content.pages).toHaveLength(1);
    expect(content.pages[0]).toContain('一、主要工作\n全年开展行政执法检查12次。\n');
    expect(content.pages[0]).toContain('草稿，未签发');
    // What the page draws is read as well: its text operations, the text they claim and the codes drawn.
    expect(content.drawing.operations.some((op) => op.startsWith('showText '))).toBe(true);
    expect(content.drawing.claimed).toContain('全年开展行政执法检查12次。');
  });
});
