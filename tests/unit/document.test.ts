import { describe, expect, it } from 'vitest';
import { buildDocument, runsText } from '../../core/document';
import { formatOfficialDate } from '../../core/date-time';
import { renderText } from '../../core/text-render';
import { createReportFromTemplate } from '../../core/templates';
import { importOutline } from '../../core/outline-import';
import { readFixture } from './seed';

describe('document blocks', () => {
  it('formats official dates without zero padding', () => {
    expect(formatOfficialDate('2024-01-05', 'zh-CN')).toBe('2024年1月5日');
    expect(formatOfficialDate('2025-12-31', 'en')).toBe('December 31, 2025');
  });

  it('tags runs with their role so each output picks its face', () => {
    const doc = buildDocument(importOutline(readFixture('outline-five-part.txt')));
    const types = doc.blocks.map((b) => b.type);
    expect(types[0]).toBe('title');
    expect(types[1]).toBe('recipient');
    expect(types.at(-1)).toBe('signature');
    const standalone = doc.blocks.find((b) => b.type === 'heading' && b.level === 2)!;
    expect(standalone.type === 'heading' && standalone.runs.map((r) => r.role)).toEqual([
      'section-marker',
      'section-heading',
    ]);
    const item = doc.blocks.find((b) => b.type === 'paragraph' && b.runs[0]!.role === 'item-marker')!;
    expect(item.type === 'paragraph' && item.runs.map((r) => [r.role, r.text])).toEqual([
      ['item-marker', '1.'],
      ['item-title', '落实合法性审查。'],
      ['body', '所有规范性文件均经法制机构审查，审查率100%。'],
    ]);
    expect(item.type === 'paragraph' && item.path).toEqual(['chapters', 0, 'sections', 0, 'items', 0]);
  });

  it('numbers items continuously through a chapter when the style asks', () => {
    const report = importOutline(readFixture('outline-five-part.txt'));
    report.style.itemNumbering = 'continuous';
    const lines = renderText(report).split('\n');
    expect(lines.filter((l) => /^\d\./.test(l)).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.']);
  });

  it('numbers English reports in the English way', () => {
    const report = createReportFromTemplate('three-part', { organisation: 'Bureau', year: 2025, language: 'en' });
    report.chapters[0]!.sections = [
      {
        id: 's1',
        heading: 'Studying the law.',
        headingStyle: 'standalone',
        paragraphs: ['We met twice.'],
        items: [{ id: 'i1', title: 'Training.', body: 'Two sessions.', subItems: [] }],
        itemLayout: 'paragraphs',
        closing: [],
      },
    ];
    report.meta.date = '2026-01-20';
    const doc = buildDocument(report);
    const texts = doc.blocks.flatMap((b) => (b.type === 'heading' || b.type === 'paragraph' ? [runsText(b.runs)] : []));
    expect(texts.slice(0, 4)).toEqual([
      '1. Main work carried out',
      '(1) Studying the law.',
      'We met twice.',
      '(a) Training. Two sessions.',
    ]);
    expect(doc.blocks.at(-1)).toEqual({ type: 'signature', unit: 'Bureau', date: 'January 20, 2026' });
  });
});
