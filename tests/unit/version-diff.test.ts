// The diff follows the content: paragraphs are aligned with their printed numbers set aside, so an item
// inserted, deleted or moved is one insertion or deletion and the items after it are only renumbered.
// Every expectation below is written by hand from the seed's text.
import { describe, expect, it } from 'vitest';
import type { Item, Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { diffReports, markedText, type ParagraphChange, type ReportDiff } from '../../core/version-diff';
import { readSeed } from './seed';

const seed = (): Report => importOutline(readSeed(), { now: '2024-01-01T00:00:00.000Z' });
const item = (body: string): Item => ({ id: 'new-item', title: '', body, subItems: [] });

/** The changes of a diff that are not equal, chapter by chapter, each as its kind and its first ten characters. */
function summary(diff: ReportDiff): [string, string, string][] {
  return diff.chapters.flatMap((chapter) =>
    chapter.changes
      .filter((c: ParagraphChange) => c.kind !== 'equal')
      .map((c): [string, string, string] => [
        chapter.title.slice(0, 6),
        c.kind === 'renumbered' ? `renumbered ${c.renumbered!.map((r) => `${r.from}→${r.to}`).join(' ')}` : c.kind,
        markedText(c).slice(0, 10),
      ]),
  );
}

describe('a diff that follows the content', () => {
  it('shows an item inserted in the middle as one insertion, the later items as renumbered only', () => {
    const before = seed();
    const after = structuredClone(before);
    after.chapters[0]!.sections[1]!.items.splice(1, 0, item('新增一项工作。'));
    const diff = diffReports(before, after);
    expect(summary(diff)).toEqual([
      ['一、主要工作', 'added', '{+二是新增一项工作'],
      ['一、主要工作', 'renumbered 二是→三是', '三是深入推进统计信用'],
      ['一、主要工作', 'renumbered 三是→四是', '四是切实加强党风廉政'],
      ['一、主要工作', 'renumbered 四是→五是', '五是深入贯彻落实宣传'],
    ]);
    expect(diff.chapters[1]!.changes.find((c) => c.kind === 'added')!.parts).toEqual([
      { kind: 'added', text: '二是新增一项工作。' },
    ]);
    expect([diff.changed, diff.renumbered]).toEqual([1, 3]);
  });

  it('shows a section deleted as the deletion of its paragraphs, the sections after it as renumbered only', () => {
    const before = seed();
    const after = structuredClone(before);
    after.chapters[0]!.sections.splice(1, 1);
    const diff = diffReports(before, after);
    expect(summary(diff)).toEqual([
      ['一、主要工作', 'removed', '[-（二）依法履行统'],
      ['一、主要工作', 'removed', '[-一是积极履职，提'],
      ['一、主要工作', 'removed', '[-二是深入推进统计'],
      ['一、主要工作', 'removed', '[-三是切实加强党风'],
      ['一、主要工作', 'removed', '[-四是深入贯彻落实'],
      ['一、主要工作', 'renumbered （三）→（二）', '（二）落实依法行政工'],
      ['一、主要工作', 'renumbered （四）→（三）', '（三）强化统计执法检'],
    ]);
    expect([diff.changed, diff.renumbered]).toEqual([5, 2]);
  });

  it('shows an edit inside an item and an insertion elsewhere as two changes', () => {
    const before = seed();
    const after = structuredClone(before);
    const third = after.chapters[0]!.sections[1]!.items[2]!;
    third.body = third.body.replace('排查工作1次', '排查工作2次');
    after.chapters[1]!.closing.push('新增一段。');
    const diff = diffReports(before, after);
    expect(summary(diff)).toEqual([
      ['一、主要工作', 'changed', '三是切实加强党风廉政'],
      ['二、存在问题', 'added', '{+新增一段。+}'],
    ]);
    const edit = diff.chapters[1]!.changes.find((c) => c.kind === 'changed')!;
    expect(edit.parts.filter((p) => p.kind !== 'equal')).toEqual([
      { kind: 'removed', text: '1' },
      { kind: 'added', text: '2' },
    ]);
    expect(markedText(edit)).toContain('已开展全局性的廉政风险点排查工作[-1-]{+2+}次。');
    expect([diff.changed, diff.renumbered]).toEqual([2, 0]);
  });

  it('shows a moved item as its deletion and its insertion (moves are not detected as such)', () => {
    const before = seed();
    const after = structuredClone(before);
    const items = after.chapters[0]!.sections[1]!.items;
    items.unshift(items.pop()!);
    expect(summary(diffReports(before, after))).toEqual([
      ['一、主要工作', 'added', '{+一是深入贯彻落实'],
      ['一、主要工作', 'renumbered 一是→二是', '二是积极履职，提前谋'],
      ['一、主要工作', 'renumbered 二是→三是', '三是深入推进统计信用'],
      ['一、主要工作', 'renumbered 三是→四是', '四是切实加强党风廉政'],
      ['一、主要工作', 'removed', '[-四是深入贯彻落实'],
    ]);
  });

  it('reports an English report’s renumbering with its own markers', () => {
    const before = seed();
    before.meta.language = 'en';
    const after = structuredClone(before);
    after.chapters[0]!.sections[1]!.items.splice(1, 0, item('A new item.'));
    const diff = diffReports(before, after);
    expect(summary(diff)).toEqual([
      ['1. 主要工', 'added', '{+(b) A ne'],
      ['1. 主要工', 'renumbered (b)→(c)', '(c) 深入推进统计'],
      ['1. 主要工', 'renumbered (c)→(d)', '(d) 切实加强党风'],
      ['1. 主要工', 'renumbered (d)→(e)', '(e) 深入贯彻落实'],
    ]);
  });

  it('shows the seed with one word changed as exactly one change', () => {
    const before = seed();
    const after = structuredClone(before);
    after.chapters[1]!.paragraphs[0] = after.chapters[1]!.paragraphs[0]!.replace('一定的成绩', '显著的成绩');
    const diff = diffReports(before, after);
    expect([diff.changed, diff.renumbered]).toEqual([1, 0]);
    expect(diff.chapters[2]!.changes.flatMap((c) => c.parts).filter((p) => p.kind !== 'equal')).toEqual([
      { kind: 'removed', text: '一定' },
      { kind: 'added', text: '显著' },
    ]);
  });
});
