// A paste into a paragraph box: which pastes carry a numbered list (offered as items), which a chapter or a
// report (offered to the outline import), which nothing, and the part once the list is taken as items.
import { describe, expect, it } from 'vitest';
import type { Chapter, Language } from '../../core/model';
import { pastedStructure, withPastedItems, type PastedItems } from '../../core/paste-structure';

const items = (lead: string, ...texts: [string, string][]) => ({
  kind: 'items',
  lead,
  items: texts.map(([title, body]) => ({ title, body })),
});

const cases: { name: string; text: string; language?: Language; expected: unknown }[] = [
  {
    name: '1. 2. 3. from Word, CRLF, a title sentence split off',
    text: '1.完善制度体系。制定规章3件。\r\n2.开展执法检查，覆盖1260条。\r\n3.加强学法。\r\n',
    expected: items('', ['完善制度体系。', '制定规章3件。'], ['', '开展执法检查，覆盖1260条。'], ['', '加强学法。']),
  },
  {
    name: '1、 2、 after a lead-in line',
    text: '主要做法如下：\n1、组织学法\n2、开展培训',
    expected: items('主要做法如下：', ['', '组织学法'], ['', '开展培训']),
  },
  {
    name: '一是 二是, a wrapped line joined to its item',
    text: '一是强化领导\n，压实责任\n二是完善制度',
    expected: items('', ['', '强化领导，压实责任'], ['', '完善制度']),
  },
  {
    name: '（一）（二） alone are a list',
    text: '（一）加强学习\n（二）完善制度',
    expected: items('', ['', '加强学习'], ['', '完善制度']),
  },
  {
    name: '一、二、 alone are a list',
    text: '一、依法决策\n二、严格执法',
    expected: items('', ['', '依法决策'], ['', '严格执法']),
  },
  {
    name: 'English (a) (b)',
    language: 'en',
    text: '(a) Train staff\n(b) Review rules',
    expected: items('', ['', 'Train staff'], ['', 'Review rules']),
  },
  { name: 'numbers that do not count on', text: '1.甲\n3.乙', expected: null },
  { name: 'one numbered line', text: '前言\n1.甲', expected: null },
  { name: 'two kinds of item number', text: '1.甲\n（2）乙', expected: null },
  { name: 'wrapped lines without numbers', text: '我局认真贯彻落实\n法治政府建设实施纲要', expected: null },
  { name: 'one line', text: '1.甲', expected: null },
  {
    name: 'a chapter: a heading over items',
    text: '一、主要工作\n1.组织学法\n2.开展培训',
    expected: { kind: 'outline', scope: 'chapter' },
  },
  {
    name: 'a chapter without its heading: sections over items',
    text: '（一）学法\n1.组织学法\n（二）执法\n1.执法检查',
    expected: { kind: 'outline', scope: 'chapter' },
  },
  {
    name: 'a report: headings over paragraphs',
    text: '一、主要工作\n组织学法3次。\n二、存在问题\n宣传不够。',
    expected: { kind: 'outline', scope: 'report' },
  },
  {
    name: 'a report: its title line',
    text: '某区司法局关于2025年法治政府建设情况的报告\n区委、区政府：\n现将有关情况报告如下。',
    expected: { kind: 'outline', scope: 'report' },
  },
  {
    name: 'a lead-in that names 情况 is not a title',
    text: '主要工作情况\n1.组织学法\n2.开展培训',
    expected: items('主要工作情况', ['', '组织学法'], ['', '开展培训']),
  },
];

describe('pastedStructure', () => {
  it.each(cases)('$name', ({ text, language, expected }) => {
    expect(pastedStructure(text, language ?? 'zh-CN')).toEqual(expected);
  });
});

describe('withPastedItems', () => {
  const chapter = {
    id: 'c',
    title: '主要工作',
    covers: [],
    paragraphs: ['甲段。', '乙段。'],
    items: [{ id: 'i0', title: '', body: '原有一项', subItems: [] }],
    itemLayout: 'paragraphs',
    closing: [],
    sections: [],
  } satisfies Chapter;
  const pasted = pastedStructure('1.组织学法\n2.开展培训', 'zh-CN') as PastedItems;

  it('keeps the paragraph with what is left of it and adds the items after the part’s own', () => {
    const next = withPastedItems(chapter, 1, '乙段。', pasted);
    expect(next.paragraphs).toEqual(['甲段。', '乙段。']);
    expect(next.items.map((i) => i.body)).toEqual(['原有一项', '组织学法', '开展培训']);
    expect(new Set(next.items.map((i) => i.id)).size).toBe(3);
  });

  it('drops the paragraph when the paste was all it held', () => {
    expect(withPastedItems(chapter, 0, ' ', pasted).paragraphs).toEqual(['乙段。']);
  });
});
