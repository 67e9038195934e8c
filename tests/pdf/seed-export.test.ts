import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { readSeed } from '../unit/seed';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument } from '../../core/document';
import { importOutline } from '../../core/outline-import';
import { renderPdf } from '../../electron/formats/pdf/export';
import { CELL, LEFT, MM, PAGE_HEIGHT, TOP, TYPE_HEIGHT } from '../../core/page-geometry';
import { checkOfficialLayout, exactGridShare } from './layout-checks';
import { paginationProblems } from './pagination-checks';
import { compare, isPageNumber, measure, readPng, renderPage, RIGHT, type TextLine } from './pdf-inspect';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedText = readSeed();
const artifacts = path.join(repoRoot, 'tests/artifacts/pdf');
const reference = path.join(repoRoot, 'tests/pdf/reference');

describe('the seed report exported as PDF', () => {
  const pdf = path.join(artifacts, 'seed.pdf');
  let lines: TextLine[];
  let pages: number;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const report = importOutline(seedText);
    const { bytes, ...result } = await renderPdf(report);
    writeFileSync(pdf, bytes);
    expect(result.missingCharacters).toEqual([]);
    expect(result.fonts.length).toBeGreaterThan(0);
    ({ lines, pages } = checkOfficialLayout(pdf, { text: seedText }));
    expect(result.pages).toBe(pages);
  });

  it('returns the seed text in order, nothing missing or doubled', () => {
    expect(
      lines
        .filter((l) => !isPageNumber(l))
        .map((l) => l.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(seedText.replace(/\s/g, ''));
  });

  it('breaks pages by the rules (full pages unless a rule forbids), full lines on the 28-cell grid', () => {
    expect(paginationProblems(lines, buildDocument(importOutline(seedText)))).toEqual([]);
    expect(exactGridShare(lines)).toBeGreaterThan(0.6);
  });

  it('puts the first body line at 37 mm on every page after the title page', () => {
    const { firstLineTop } = measure(lines);
    for (const top of firstLineTop.slice(1)) expect(Math.abs(top - TOP)).toBeLessThan(MM);
    const first = lines.find((l) => l.page === 1 && l.yMax - l.yMin < 18)!;
    expect(Math.abs(first.xMin - (LEFT + 2 * CELL))).toBeLessThan(1);
  });

  it('numbers pages 「— n —」 below the type area, odd right and even left', () => {
    const numbers = lines.filter(isPageNumber);
    expect(numbers.map((l) => l.text.replace(/\s/g, ''))).toEqual(
      Array.from({ length: pages }, (_, i) => `—${i + 1}—`),
    );
    for (const n of numbers) {
      expect(n.yMin).toBeGreaterThan(TOP + TYPE_HEIGHT + 2 * MM);
      expect(n.yMax).toBeLessThan(PAGE_HEIGHT - 20 * MM);
      if (n.page % 2) expect(n.xMax).toBeLessThan(RIGHT - 10);
      else expect(n.xMin).toBeGreaterThan(LEFT + 10);
      if (n.page % 2) expect(n.xMax).toBeGreaterThan(RIGHT - 20);
      else expect(n.xMin).toBeLessThan(LEFT + 20);
    }
  });

  it('writes the title, the unit and the language into the PDF metadata', async () => {
    const report = importOutline(seedText);
    const { bytes } = await renderPdf(report);
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Lang \(zh-CN\)/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+\S/);
    expect(info).toMatch(/Title:\s+区统计局2023年法治政府建设情况报告/);
    expect(info).toMatch(/Author:\s+区统计局/);
  });

  it('looks like the approved first and last pages (pdftoppm, 60 dpi)', () => {
    for (const [name, page] of [
      ['seed-first', 1],
      ['seed-last', pages],
    ] as const) {
      const rendered = renderPage(pdf, page);
      const file = path.join(reference, `${name}.png`);
      expect(existsSync(file), `${file}: approve a reference first`).toBe(true);
      const diff = compare(rendered, readPng(file));
      writeFileSync(path.join(artifacts, `${name}.diff.json`), JSON.stringify(diff));
      expect(diff.differing, name).toBeLessThan(0.003);
      expect(diff.mean, name).toBeLessThan(1.5);
    }
  });
});
