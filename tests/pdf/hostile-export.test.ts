// Content a real user can produce by accident or on purpose: the export finishes or fails with a clear AppError.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { reportSchema, type Report } from '../../core/model';
import { renderPdf } from '../../electron/formats/pdf/export';
import type { FontSet } from '../../electron/formats/pdf/fonts';
import { writeOutput } from '../../electron/services/output-formats';
import type { PdfRenderer } from '../../electron/services/pdf-file';
import { checkOfficialLayout } from './layout-checks';
import { seedText } from './long-report';
import { bodyText, isPageNumber, textLines } from './pdf-inspect';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(repoRoot, 'tests/artifacts/pdf');

function report(paragraphs: string[], meta: Partial<Report['meta']> = {}): Report {
  return reportSchema.parse({
    schemaVersion: 1,
    id: 'hostile',
    templateId: 'department-annual',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    meta: { organisation: '测试局', year: 2024, ...meta },
    chapters: paragraphs.length ? [{ id: 'c1', title: '主要工作', paragraphs }] : [],
  });
}

async function exportTo(name: string, r: Report) {
  mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.pdf`);
  const { bytes, ...result } = await renderPdf(r);
  writeFileSync(file, bytes);
  return { file, result };
}

describe('hostile content', () => {
  it('exports a 100 000-character paragraph on the grid, in seconds', async () => {
    const source = seedText().replace(/\s/g, '');
    let text = '';
    while (text.length < 100_000) text += source;
    text = text.slice(0, 100_000);
    const started = performance.now();
    const { file, result } = await exportTo('huge-paragraph', report([text]));
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(result.pages).toBeGreaterThan(150);
    checkOfficialLayout(file, { text: `测试局2024年法治政府建设情况报告一、主要工作${text}` });
  });

  it('reports emoji and characters no face has, with where they are, and sets the rest', async () => {
    const r = report(['统计执法😀检查𪛖工作\u{E000}完成。']);
    const { file, result } = await exportTo('missing', r);
    expect(result.missingCharacters).toEqual([
      { char: '😀', codePoint: 0x1f600, path: 'chapters.0.paragraphs.0' },
      { char: '𪛖', codePoint: 0x2a6d6, path: 'chapters.0.paragraphs.0' },
      { char: '\u{E000}', codePoint: 0xe000, path: 'chapters.0.paragraphs.0' },
    ]);
    expect(bodyText(textLines(file))).toBe('测试局2024年法治政府建设情况报告一、主要工作统计执法检查工作完成。');
  });

  it('reports a missing character in the title and the signature by their field', async () => {
    const r = report(['正文。'], { title: '报告😀', signatureUnit: '测试局𪛖', date: '2025-01-05' });
    const { result } = await exportTo('missing-meta', r);
    expect(result.missingCharacters.map((m) => m.path)).toEqual(['meta.title', 'meta.signatureUnit']);
  });

  it('strips control and format characters instead of printing boxes', async () => {
    const { file, result } = await exportTo(
      'controls',
      report(['统计\u0007执法\u001b检查\u200b工作\uFEFF完成\u0000。']),
    );
    expect(result.missingCharacters).toEqual([]);
    expect(bodyText(textLines(file))).toContain('统计执法检查工作完成。');
  });

  it('exports an empty report as its title page, without a page number', async () => {
    const { file, result } = await exportTo('empty', report([]));
    expect(result.pages).toBe(1);
    const lines = textLines(file);
    expect(lines.map((l) => l.text)).toEqual(['测试局2024年法治政府建设情况报告']);
    expect(lines.some(isPageNumber)).toBe(false);
  });

  it('fails with FONT_MISSING when no face can set the body', async () => {
    const none: FontSet = { chain: () => [], pick: () => null, used: () => [] };
    await expect(renderPdf(report(['正文。']), { fontSet: none })).rejects.toMatchObject({ code: 'FONT_MISSING' });
  });

  it('writes nothing when the PDF cannot be made: the old file stays, and no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pdf-export-'));
    const out = path.join(dir, 'report.pdf');
    writeFileSync(out, 'previous export');
    const none: FontSet = { chain: () => [], pick: () => null, used: () => [] };
    const renderer: PdfRenderer = (r, options) => renderPdf(r, { ...options, fontSet: none });
    await expect(writeOutput('pdf', report(['正文。']), out, { renderer })).rejects.toBeInstanceOf(AppError);
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('reports progress for layout and writing, ending with done', async () => {
    const phases: string[] = [];
    await renderPdf(report(['正文。']), { onProgress: (p) => phases.push(p.phase) });
    expect(phases[0]).toBe('layout');
    expect(phases).toContain('write');
    expect(phases.at(-1)).toBe('done');
  });

  it('watermarks drafts and, on request, final reports — as outlines, never as text', async () => {
    const final = report(['正文。'], { status: 'signed-off' });
    const plain = await renderPdf(final);
    const marked = await renderPdf(final, { draft: true });
    expect(marked.bytes.length).toBeGreaterThan(plain.bytes.length);
    const file = path.join(artifacts, 'watermarked.pdf');
    writeFileSync(file, marked.bytes);
    expect(bodyText(textLines(file))).not.toContain('草稿');
  });
});
