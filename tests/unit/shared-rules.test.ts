// Rules that several parts of the app follow, each defined once in the core (issue 9, "one rule, one place").
import { describe, expect, it } from 'vitest';
import { pathKey } from '../../core/doc-path';
import { buildDocument, firstItemNumber, markersFor, type Run } from '../../core/document';
import { languageOrDefault } from '../../core/i18n';
import { isCjk } from '../../core/char-width';
import { chapterSchema, isPlausibleYear, styleSchema } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { boldRuns } from '../../core/print-emphasis';
import { byUpdatedDesc } from '../../core/report-ops';
import { chapterHasContent, partHasBody } from '../../core/part-content';
import { plainPasteText } from '../../renderer/editing/plain-paste';
import { readFixture, readSeed } from './seed';

describe('continuous item numbering', () => {
  const chapter = chapterSchema.parse({
    id: 'c',
    title: '主要举措',
    items: [{ id: 'a' }, { id: 'b' }],
    sections: [
      { id: 's1', heading: '一', items: [{ id: 'c' }, { id: 'd' }, { id: 'e' }] },
      { id: 's2', heading: '二', items: [{ id: 'f' }] },
    ],
  });
  it('restarts in each section by default', () => {
    const style = styleSchema.parse({});
    expect([null, 0, 1].map((s) => firstItemNumber(style, chapter, s))).toEqual([1, 1, 1]);
  });
  it('runs on through the chapter when continuous: its own items first, then each section in turn', () => {
    const style = styleSchema.parse({ itemNumbering: 'continuous' });
    expect([null, 0, 1].map((s) => firstItemNumber(style, chapter, s))).toEqual([1, 3, 6]);
  });
  it('is what the document prints', () => {
    const report = importOutline(readFixture('outline-five-part.txt'));
    report.style.itemNumbering = 'continuous';
    const markers = buildDocument(report)
      .blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : []))
      .filter((r) => r.role === 'item-marker')
      .map((r) => r.text);
    const chapter = report.chapters[0]!;
    const expected = chapter.sections.flatMap((s, i) =>
      s.items.map((_, k) => `${firstItemNumber(report.style, chapter, i) + k}.`),
    );
    expect(markers.slice(0, expected.length)).toEqual(expected);
  });
});

describe('markers from the style alone', () => {
  it('need no report, only the schemes and the language', () => {
    const style = styleSchema.parse({ itemScheme: 'diyi', subItemScheme: 'arabic' });
    const zh = markersFor(style, 'zh-CN');
    expect([zh.chapter(2), zh.section(3), zh.item('diyi', 4), zh.subItem(5)]).toEqual([
      '二、',
      '（三）',
      '第四，',
      '5.',
    ]);
    const en = markersFor(style, 'en');
    expect([en.chapter(2), en.section(3), en.item('diyi', 4)]).toEqual(['2. ', '(3) ', '(d) ']);
    // English keeps sub-items apart from items that share their scheme, and says which scheme it used.
    const same = markersFor(styleSchema.parse({ itemScheme: 'arabic', subItemScheme: 'arabic' }), 'en');
    expect([same.subItem(2), same.subItemScheme]).toEqual(['(2) ', 'paren-arabic']);
  });
});

describe('print emphasis follows the numbering scheme carried on the marker run', () => {
  const style = { boldSectionHeadings: false, boldItemHeadings: true };
  const runs = (text: string, scheme: Run['scheme']): Run[] => [
    { text, role: 'item-marker', scheme },
    { text: '标题。', role: 'item-title' },
    { text: '正文', role: 'body' },
  ];
  it('bolds 1. items, whatever their text looks like, and never 一是 items', () => {
    expect(boldRuns(runs('1.', 'arabic'), style)).toEqual([true, true, false]);
    expect(boldRuns(runs('一是', 'yishi'), style)).toEqual([false, false, false]);
    // An English report's 一是 item prints as (a); its 1. items as "1. ".
    expect(boldRuns(runs('(a) ', 'yishi'), style)).toEqual([false, false, false]);
    expect(boldRuns(runs('12. ', 'arabic'), { ...style, boldItemHeadings: false })).toEqual([false, false, false]);
  });
  it('gets the scheme from the document for every item and sub-item marker', () => {
    const report = importOutline(readSeed());
    const markersRuns = buildDocument(report)
      .blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : []))
      .filter((r) => r.role === 'item-marker' || r.role === 'subitem-marker');
    expect(markersRuns.length).toBeGreaterThan(0);
    expect(markersRuns.every((r) => r.scheme !== undefined)).toBe(true);
  });
});

describe('small shared rules', () => {
  it('year bounds: the founding of the PRC to 2200', () => {
    expect([1948, 1949, 2023, 2200, 2201, 2023.5].map(isPlausibleYear)).toEqual([
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('a part has content when a paragraph or an item has text, not for a heading that is no sentence', () => {
    const report = { templateId: 'none' };
    const empty = chapterSchema.parse({ id: 'c', title: 'T', sections: [{ id: 's', heading: '标题' }] });
    expect(partHasBody(empty)).toBe(false);
    expect(chapterHasContent(report, empty)).toBe(false);
    const statement = chapterSchema.parse({ id: 'c', title: 'T', sections: [{ id: 's', heading: '完成培训。' }] });
    expect(chapterHasContent(report, statement)).toBe(true);
    const withItem = chapterSchema.parse({
      ...empty,
      sections: [{ id: 's', heading: 'x', items: [{ id: 'i', title: '一' }] }],
    });
    expect(chapterHasContent(report, withItem)).toBe(true);
    expect(partHasBody(chapterSchema.parse({ id: 'c', title: 'T', closing: ['  '] }))).toBe(false);
    expect(partHasBody(chapterSchema.parse({ id: 'c', title: 'T', closing: ['结语'] }))).toBe(true);
  });

  it('report lists: newest change first, ties by id', () => {
    const list = [
      { id: 'b', updatedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'a', updatedAt: '2025-01-01T00:00:00.000Z' },
      { id: 'c', updatedAt: '2025-02-01T00:00:00.000Z' },
    ];
    expect([...list].sort(byUpdatedDesc).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  it('the UI language: a language the app has, else zh-CN', () => {
    expect(['en', 'zh-CN', 'en-US', 'fr', undefined, 3].map(languageOrDefault)).toEqual([
      'en',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
      'zh-CN',
    ]);
  });

  it('path keys: one spelling for findings, fields and the PDF', () => {
    expect(pathKey(['chapters', 0, 'sections', 2, 'body'])).toBe('chapters.0.sections.2.body');
    expect(pathKey([])).toBe('');
  });

  it('Chinese characters: a paste joins lines exactly where the line breaker sees CJK on both sides', () => {
    for (const ch of ['中', '㐀', '。', '，', 'か', '한']) expect(isCjk(ch)).toBe(true);
    for (const ch of ['a', '1', ' ']) expect(isCjk(ch)).toBe(false);
    expect(plainPasteText('한국\n어')).toBe('한국어');
    expect(plainPasteText('㐀\n中')).toBe('㐀中');
    expect(plainPasteText('word\nword')).toBe('word word');
  });
});
