// The editing state: path edits, undo / redo with typing merged into one step, and autosave's retries.
import { describe, expect, it, vi } from 'vitest';
import { createReportFromTemplate } from '../../core/templates';
import { editorReducer, initialEditorState, COALESCE_MS } from '../../renderer/editing/history';
import { moveAt, setAt } from '../../renderer/editing/paths';
import { plainPasteText } from '../../renderer/editing/plain-paste';
import { Autosaver, type SaveState } from '../../renderer/editing/autosave';
import { Draft, DraftSet } from '../../renderer/editing/draft';
import type { Journal } from '../../renderer/editing/journal';
import type { Report } from '../../core/model';

const report = () =>
  createReportFromTemplate('three-part', { organisation: '区统计局', year: 2023, now: '2024-01-05T00:00:00.000Z' });

describe('path edits', () => {
  it('copies only the nodes on the path', () => {
    const r = report();
    const next = setAt(r, ['chapters', 0, 'title'], '新标题');
    expect(next.chapters[0]!.title).toBe('新标题');
    expect(r.chapters[0]!.title).not.toBe('新标题');
    expect(next.chapters[1]).toBe(r.chapters[1]);
    expect(next.meta).toBe(r.meta);
  });

  it('moves entries and clamps at the ends', () => {
    const r = report();
    const ids = r.chapters[0]!.sections.map((s) => s.id);
    const moved = moveAt(r, ['chapters', 0, 'sections'], 1, 0);
    expect(moved.chapters[0]!.sections.map((s) => s.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
    expect(moveAt(r, ['chapters', 0, 'sections'], 0, -1)).toBe(r);
  });
});

describe('undo and redo', () => {
  it('merges typing into one field into one step, and separates pauses and other fields', () => {
    let s = initialEditorState(report());
    const path = ['preamble'];
    s = editorReducer(s, { type: 'insert', path, index: 0, value: '' });
    s = editorReducer(s, { type: 'set', path: ['preamble', 0], value: '一', at: 1000 });
    s = editorReducer(s, { type: 'set', path: ['preamble', 0], value: '一二', at: 1200 });
    s = editorReducer(s, { type: 'set', path: ['preamble', 0], value: '一二三', at: 1200 + COALESCE_MS + 1 });
    s = editorReducer(s, { type: 'undo' });
    expect(s.report.preamble).toEqual(['一二']);
    s = editorReducer(s, { type: 'undo' });
    expect(s.report.preamble).toEqual(['']);
    s = editorReducer(s, { type: 'undo' });
    expect(s.report.preamble).toEqual([]);
    s = editorReducer(s, { type: 'redo' });
    s = editorReducer(s, { type: 'redo' });
    expect(s.report.preamble).toEqual(['一二']);
    // A new edit after undo drops the redo branch.
    s = editorReducer(s, { type: 'set', path: ['meta', 'organisation'], value: '区司法局', at: 9000 });
    expect(s.future).toEqual([]);
    expect(editorReducer(s, { type: 'redo' })).toBe(s);
  });

  it('undoes a move', () => {
    let s = initialEditorState(report());
    const before = s.report.chapters.map((c) => c.id);
    s = editorReducer(s, { type: 'move', path: ['chapters'], from: 2, to: 0 });
    expect(s.report.chapters[0]!.id).toBe(before[2]);
    s = editorReducer(s, { type: 'undo' });
    expect(s.report.chapters.map((c) => c.id)).toEqual(before);
  });
});

describe('paste', () => {
  it('keeps plain text, joins lines, drops control characters and odd spaces', () => {
    expect(plainPasteText('一是积极履职，\r\n提前谋划。\t\u200b')).toBe('一是积极履职，提前谋划。');
    expect(plainPasteText('Acting early\nand doing our duty.\u00a0')).toBe('Acting early and doing our duty.');
  });
});

function memoryJournal(): Journal & { data: Map<string, Report> } {
  const data = new Map<string, Report>();
  return {
    data,
    write: (r) => data.set(r.id, r),
    read: (id) => data.get(id) ?? null,
    clear: (id) => void data.delete(id),
  };
}

describe('autosave', () => {
  it('retries a failed save, keeps the newest text journalled, and clears the journal once saved', async () => {
    vi.useFakeTimers();
    try {
      const states: SaveState[] = [];
      const saved: Report[] = [];
      let failing = true;
      const journal = memoryJournal();
      const saver = new Autosaver({
        journal,
        delayMs: 300,
        retryDelaysMs: [1000],
        save: async (r) => {
          if (failing) throw new Error('down');
          saved.push(r);
        },
        onState: (s) => states.push(s),
      });
      const first = report();
      saver.schedule(first);
      await vi.advanceTimersByTimeAsync(300);
      expect(saver.current).toBe('failed');
      expect(journal.data.get(first.id)).toBe(first);
      const second = setAt(first, ['meta', 'organisation'], '区司法局');
      saver.schedule(second);
      failing = false;
      await vi.advanceTimersByTimeAsync(1000);
      expect(saved).toEqual([second]);
      expect(saver.current).toBe('saved');
      expect(journal.data.size).toBe(0);
      expect(states).toEqual(['saving', 'failed', 'saved']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while an IME composition is open', async () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn(async () => undefined);
      const saver = new Autosaver({ journal: memoryJournal(), save, onState: () => undefined, delayMs: 100 });
      saver.setComposing(true);
      saver.schedule(report());
      await vi.advanceTimersByTimeAsync(1000);
      expect(save).not.toHaveBeenCalled();
      saver.setComposing(false);
      await vi.advanceTimersByTimeAsync(100);
      expect(save).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('autosave during continuous typing', () => {
  it('saves within a second even when the pauses never come', async () => {
    vi.useFakeTimers();
    try {
      const save = vi.fn(async () => undefined);
      const saver = new Autosaver({
        journal: memoryJournal(),
        save,
        onState: () => undefined,
        delayMs: 300,
        maxWaitMs: 800,
      });
      let r = report();
      for (let i = 0; i < 10; i++) {
        r = setAt(r, ['meta', 'organisation'], `区统计局${i}`);
        saver.schedule(r);
        await vi.advanceTimersByTimeAsync(100);
      }
      expect(save).toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('drafts: typing committed when it pauses', () => {
  function typingInto() {
    let text = '';
    const commits: string[] = [];
    const draft = new Draft(
      { path: () => ['preamble', 0], text: () => text, commit: (t) => commits.push(t) },
      { idleMs: 200, maxWaitMs: 400 },
    );
    const type = (more: string) => {
      text += more;
      draft.changed();
    };
    return { draft, commits, type };
  }

  it('commits after a pause, and at the latest maxWait after the first keystroke of continuous typing', async () => {
    vi.useFakeTimers();
    try {
      const { draft, commits, type } = typingInto();
      type('一');
      await vi.advanceTimersByTimeAsync(199);
      expect(commits).toEqual([]);
      expect(draft.pendingEdit()).toEqual({ path: ['preamble', 0], text: '一' });
      await vi.advanceTimersByTimeAsync(1);
      expect(commits).toEqual(['一']);
      expect(draft.pending).toBe(false);
      for (let i = 0; i < 8; i++) {
        type('二');
        await vi.advanceTimersByTimeAsync(60);
      }
      // Keys at 200, 260 … 560 ms: committed at 600 ms, maxWait after the first of them.
      expect(commits).toEqual(['一', '一' + '二'.repeat(7)]);
      await vi.advanceTimersByTimeAsync(200);
      expect(commits.at(-1)).toBe('一' + '二'.repeat(8));
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds an IME composition until it ends, and commits at once when flushed', async () => {
    vi.useFakeTimers();
    try {
      const { draft, commits, type } = typingInto();
      draft.compositionStart();
      type('tong');
      await vi.advanceTimersByTimeAsync(2000);
      draft.flush();
      expect(commits).toEqual([]);
      expect(draft.pendingEdit()).toBeNull();
      expect(draft.holdsText).toBe(true);
      draft.compositionEnd();
      expect(commits).toEqual(['tong']);
      type('ji');
      draft.flush();
      expect(commits).toEqual(['tong', 'tongji']);
      await vi.advanceTimersByTimeAsync(1000);
      expect(commits).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushes every open draft of a set', () => {
    const commits: string[] = [];
    const set = new DraftSet();
    const a = new Draft({ path: () => ['a'], text: () => 'A', commit: (t) => commits.push(t) });
    const b = new Draft({ path: () => ['b'], text: () => 'B', commit: (t) => commits.push(t) });
    set.add(a);
    const removeB = set.add(b);
    a.changed();
    b.changed();
    expect(set.pendingEdits()).toEqual([
      { path: ['a'], text: 'A' },
      { path: ['b'], text: 'B' },
    ]);
    removeB();
    set.flushAll();
    expect(commits).toEqual(['A']);
    a.dispose();
    b.dispose();
  });
});
