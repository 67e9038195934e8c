// @vitest-environment happy-dom
// The versions' diff in the app: an inserted item is one insertion, and the items after it are shown quietly as
// renumbered (二是 → 三是), in the status line and beside each paragraph, in Chinese and in English.
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../core/i18n';
import type { Language } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { diffReports } from '../../core/version-diff';
import { DiffView } from '../../renderer/signoff/DiffView';
import { readSeed } from '../unit/seed';

afterEach(cleanup);

function show(language: Language) {
  const before = importOutline(readSeed(), { now: '2024-01-01T00:00:00.000Z' });
  const after = structuredClone(before);
  after.chapters[0]!.sections[1]!.items.splice(1, 0, { id: 'new', title: '', body: '新增一项工作。', subItems: [] });
  const { container } = render(
    <I18nextProvider i18n={createI18n(language)}>
      <DiffView diff={diffReports(before, after)} />
    </I18nextProvider>,
  );
  return container;
}

describe('DiffView', () => {
  it('shows an inserted item as one insertion and the items after it as renumbered', () => {
    const view = show('zh-CN');
    expect(screen.getByRole('status').textContent).toBe(
      '共有 1 处段落改动（绿色为增加，红色删除线为删除）。 另有 3 处段落仅编号变化（前面增删了段落），以灰色显示。',
    );
    expect([...view.querySelectorAll('ins')].map((n) => n.textContent)).toEqual(['二是新增一项工作。']);
    expect([...view.querySelectorAll('.diff-renumbered .diff-numbers')].map((n) => n.textContent)).toEqual([
      '重新编号：二是 → 三是',
      '重新编号：三是 → 四是',
      '重新编号：四是 → 五是',
    ]);
    expect(view.querySelectorAll('del')).toHaveLength(0);
  });

  it('says the same in English', () => {
    const view = show('en');
    expect(screen.getByRole('status').textContent).toContain('3 paragraphs renumbered only');
    expect(view.querySelector('.diff-numbers')!.textContent).toBe('renumbered: 二是 → 三是');
  });
});
