// Reports of many shapes, generated: render → import → render gives the same text and the same structure.
import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { createReportFromTemplate } from '../../core/templates';
import type { Chapter, Item, ItemScheme, Report, Section } from '../../core/model';

/** A small deterministic PRNG so a failure names its seed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const PHRASES = [
  '深入推进依法行政',
  '全面落实行政执法责任制',
  '组织干部职工学法',
  '完善重大行政决策程序',
  '开展执法检查',
  '加强规范性文件管理',
  '推进政务公开',
  '落实“谁执法谁普法”责任制',
  '开展《民法典》宣传',
  '提升统计数据质量',
];

function sentence(r: () => number): string {
  const n = 1 + Math.floor(r() * 3);
  const parts = Array.from({ length: n }, () => PHRASES[Math.floor(r() * PHRASES.length)]!);
  const count = Math.floor(r() * 300);
  return `${parts.join('，')}，全年共${count}次。`;
}

function item(r: () => number, withTitle: boolean, subItems: number): Item {
  return {
    id: 'x',
    title: withTitle ? sentence(r).replace(/，全年共\d+次。$/, '。') : '',
    body: sentence(r) + sentence(r),
    subItems: Array.from({ length: subItems }, () => ({ id: 'x', title: '', body: sentence(r) })),
  };
}

function part(r: () => number, scheme: ItemScheme): Pick<Section, 'paragraphs' | 'items' | 'itemLayout' | 'closing'> {
  const inline = (scheme === 'yishi' || scheme === 'diyi') && r() < 0.4;
  const items = Math.floor(r() * 4);
  const lead = Math.floor(r() * 2) + (inline ? 1 : 0);
  return {
    paragraphs: Array.from({ length: lead }, () => sentence(r)),
    items: Array.from({ length: inline && items === 1 ? 2 : items }, () =>
      item(r, !inline && r() < 0.5, !inline && scheme === 'arabic' ? Math.floor(r() * 3) : 0),
    ),
    itemLayout: inline ? 'inline' : 'paragraphs',
    closing: !inline && items > 0 && r() < 0.3 ? [sentence(r)] : [],
  };
}

function randomReport(seed: number): Report {
  const r = rng(seed);
  const scheme = (['yishi', 'diyi', 'arabic', 'paren-arabic'] as const)[Math.floor(r() * 4)]!;
  const report = createReportFromTemplate('department-annual', {
    organisation: '某区某局',
    year: 2020 + Math.floor(r() * 5),
  });
  report.style.itemScheme = scheme;
  report.style.subItemScheme = 'paren-arabic';
  report.preamble = r() < 0.8 ? [sentence(r)] : [];
  report.meta.recipient = r() < 0.5 ? '区委、区政府' : null;
  report.meta.date = r() < 0.5 ? `${report.meta.year + 1}-0${1 + Math.floor(r() * 3)}-1${Math.floor(r() * 9)}` : null;
  report.meta.signatureUnit = report.meta.date ? '某区某局' : null;
  report.chapters = report.chapters.map((c): Chapter => {
    const sections = Math.floor(r() * 4);
    return {
      ...c,
      ...part(r, scheme),
      sections: Array.from({ length: sections }, (): Section => {
        const runIn = r() < 0.6;
        const body = part(r, scheme);
        if (runIn && body.paragraphs.length === 0 && body.itemLayout === 'paragraphs') body.paragraphs = [sentence(r)];
        return {
          id: 'x',
          heading: runIn ? '加强组织领导。' : '加强组织领导',
          headingStyle: runIn ? 'run-in' : 'standalone',
          ...body,
        };
      }),
    };
  });
  return report;
}

/** Structure without ids, for comparing before and after. */
const shape = (report: Report) =>
  JSON.parse(
    JSON.stringify(report.chapters, (k, v) =>
      k === 'id' || k === 'key' || k === 'covers' || k === 'guidanceKey' ? undefined : v,
    ),
  );

describe('render → import → render', () => {
  for (let seed = 1; seed <= 60; seed++) {
    it(`generated report #${seed}`, () => {
      const report = randomReport(seed);
      const text = renderText(report);
      const back = importOutline(text);
      expect(renderText(back)).toBe(text);
      expect(back.preamble).toEqual(report.preamble);
      expect(back.meta.recipient).toEqual(report.meta.recipient);
      expect(back.meta.date).toEqual(report.meta.date);
      const withoutEmptyParts = shape(report);
      const imported = shape(back);
      expect(imported.map((c: Chapter) => c.sections.length)).toEqual(
        withoutEmptyParts.map((c: Chapter) => c.sections.length),
      );
      expect(imported.map((c: Chapter) => c.items.length)).toEqual(
        withoutEmptyParts.map((c: Chapter) => c.items.length),
      );
    });
  }
});
