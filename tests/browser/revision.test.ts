// The revision trail in the app, in Chromium, with a leader's Word file as an office suite returns it: the report
// is sent for review, the clerk goes on editing two chapters, and the leader's .docx (the app's export edited in
// LibreOffice with tracked changes and a comment: tests/fixtures/make-leader-revision.py) comes back. The preview
// says what the draft changed since sending and where, shows the tracked-changes and comment notices, the comment
// and its author, the 落款 and 成文日期 the leader added, and the one place both changed, side by side, to choose.
// Accepted, both sides' edits are in the report, the comment is a review note on the new version, the figure
// the leader changed is taken over into its indicator from the checks, and review and approval go on.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { openSeedReport, openSession, repoRoot, shot, storedReport, type Session } from './harness';
import { field, openStep } from './wizard-driver';
import type { Page } from 'playwright-core';

const so = translator('zh-CN', 'signoff');
const ui = translator('zh-CN', 'ui');
const leaderDocx = path.join(repoRoot, 'tests/fixtures/leader-revision-2023.docx');

/** The clerk's edit after sending: in chapter 三 (the leader leaves it alone), and 只有2名 (the leader says 3). */
const PLAN_ADDITION = '同时加强统计法治队伍建设。';

async function takeStep(page: Page, step: string, name: string) {
  await page.locator('.sign-off-who input').first().fill(name);
  await page.locator(`[data-sign-off-step="${step}"]`).click();
}

describe('a leader’s revised Word file while the clerk edits the draft', () => {
  let session: Session;
  let report: Report;
  beforeAll(async () => {
    session = await openSession('revision');
    report = await openSeedReport(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('previews, chooses, accepts with nothing lost, keeps the comment, and signs off', async () => {
    const { page } = session;
    await openStep(page, 'review');
    await takeStep(page, 'submit', '张三');
    await page.locator('.sign-off-panel .badge-in-review').waitFor();

    // The clerk goes on editing after sending.
    const plan = report.chapters[2]!.paragraphs[0]!;
    const staffing = report.chapters[1]!.items[2]!.body;
    await openStep(page, 'chapter-2');
    await field(page, ['chapters', 2, 'paragraphs', 0]).fill(plan + PLAN_ADDITION);
    await openStep(page, 'chapter-1');
    await field(page, ['chapters', 1, 'items', 2, 'body']).fill(staffing.replace('只有2名', '只有4名'));
    await expect.poll(async () => renderText(await storedReport(session, report.id))).toContain('只有4名');

    await openStep(page, 'review');
    await page.locator('[data-testid="revision-file"]').setInputFiles(leaderDocx);
    const preview = page.locator('.revision-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    expect(text).toContain(so('ui.draftEdits', { count: 2, chapters: '二、存在问题、三、下一步工作计划' }));
    // Where, paragraph by paragraph.
    await preview.locator('.revision-draft-diff summary').click();
    expect(await preview.locator('.revision-draft-diff ins').allInnerTexts()).toEqual(['4', PLAN_ADDITION]);
    // The notices of reading the file: tracked changes taken as accepted, and the comment, both by 张局长.
    const notices = await preview.locator('.revision-notices li').allInnerTexts();
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain('修订');
    expect(notices[1]).toContain('批注');
    for (const notice of notices) expect(notice).toContain('张局长');
    expect(await preview.locator('.revision-review-notes li').allInnerTexts()).toEqual([
      '张局长：请核实采纳率数据来源。',
    ]);
    // What the leader changed, character by character: 1次 → 2次, 285家 → 290家, 2名 → 3名.
    expect(await preview.locator('.revision-leader ins').allInnerTexts()).toEqual(['2', '90', '3']);
    // What accepting changes in the draft: the leader's edits, the conflict held as the draft has it until chosen.
    expect(await preview.locator('.revision-merged ins').allInnerTexts()).toEqual(['2', '90']);
    // Beyond the body: the 落款 and 成文日期 only the leader's file has, offered ticked.
    const metadata = preview.locator('.revision-metadata label');
    expect(await metadata.allInnerTexts()).toEqual([
      '采用修改稿的落款单位：「区统计局」（当前草稿：「（无）」；送出的版本：「（无）」）',
      '采用修改稿的成文日期：「2024年1月8日」（当前草稿：「（无）」；送出的版本：「（无）」）',
    ]);
    expect(
      await metadata.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).checked)),
    ).toEqual([true, true]);
    // The one conflict, side by side with the text as sent; accepting waits for a choice.
    const conflict = preview.locator('.revision-conflict');
    expect(await conflict.count()).toBe(1);
    expect(await conflict.locator('.conflict-theirs').innerText()).toContain('只有3名');
    expect(await conflict.locator('.conflict-ours').innerText()).toContain('只有4名');
    expect(await conflict.locator('.conflict-base').innerText()).toContain('只有2名');
    await preview.getByLabel(so('ui.acceptedBy')).fill('王五');
    const accept = preview.getByRole('button', { name: so('ui.acceptRevision') });
    expect(await accept.isDisabled()).toBe(true);
    await shot(page, 'revision-preview');
    await conflict.getByLabel(so('ui.takeOurs')).check();
    await accept.click();
    await page.getByText(so('ui.revisionAccepted')).waitFor();

    // Both sides' edits survive; the chosen side won the conflict; the leader's 落款 and date are taken.
    const merged = await storedReport(session, report.id);
    const mergedText = renderText(merged);
    expect(mergedText).toContain('排查工作2次');
    expect(mergedText).toContain('对290家企业');
    expect(mergedText).toContain(PLAN_ADDITION);
    expect(mergedText).toContain('只有4名');
    expect(merged.meta).toMatchObject({ signatureUnit: '区统计局', date: '2024-01-08' });

    // The comment is a review note on the revision's version, with its author (the versions as the review step
    // lists them when it is opened again).
    await openStep(page, 'basic');
    await openStep(page, 'review');
    await page.locator('.version-list .review-notes li', { hasText: '请核实采纳率数据来源。' }).waitFor();
    const versions = await session.bridge.fetch('listVersions', { body: JSON.stringify([report.id]) });
    const list = (
      (await versions.json()) as { value: { versions: { kind: string; by: string; reviewNotes: unknown }[] } }
    ).value.versions;
    expect(list.map((v) => [v.kind, v.by, v.reviewNotes])).toEqual([
      ['submitted', '张三', []],
      ['revision', '王五', [{ author: '张局长', text: '请核实采纳率数据来源。' }]],
    ]);

    // The figure the leader changed differs from its indicator: taken over in one step from the checks.
    const takeOver = page.getByRole('button', {
      name: ui('review.takeStatedNamed', { label: '源头数据核查企业', stated: 290, unit: '家' }),
    });
    await takeOver.click();
    const checked = report.indicators.findIndex((i) => i.label === '源头数据核查企业');
    await expect.poll(async () => (await storedReport(session, report.id)).indicators[checked]!.value).toBe(290);
    await takeOver.waitFor({ state: 'detached' });

    // Review and approval proceed on the merged report.
    await takeStep(page, 'review', '李四');
    await expect.poll(async () => (await storedReport(session, report.id)).signOff.records.length).toBe(2);
    await takeStep(page, 'approve', '王五');
    await page.locator('.sign-off-panel .badge-signed-off').waitFor();
    const signed = await storedReport(session, report.id);
    expect(signed.meta.status).toBe('signed-off');
    expect(renderText(signed)).toContain(PLAN_ADDITION);
    expect(renderText(signed)).toContain('排查工作2次');
  });
});
