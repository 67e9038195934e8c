// Word in the browser, as a user meets it: "从去年的报告开始…" with last year's .docx (which holds a table) shows
// what the import left out before the report opens; "导出 Word" beside "导出 PDF" writes a .docx that imports
// back to the same report text.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../core/i18n';
import { importNoticeText } from '../../core/import-notices';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { readReportDocument } from '../../electron/services/document-files';
import { openSession, shot, type Session } from './harness';
import { openStep } from './wizard-driver';

describe('Word files in the app', () => {
  let session: Session;
  let dir: string;
  beforeAll(async () => {
    session = await openSession('word');
    dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-word-browser-'));
  });
  afterAll(async () => {
    await session?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('imports last year’s .docx, tells what was left out, opens the report and exports it as Word', async () => {
    const { page } = session;
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const docx = path.join(dir, '去年的报告.docx');
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('某区司法局2023年法治政府建设情况报告'),
            new Paragraph(''),
            new Paragraph('一、主要工作'),
            new Paragraph('全年办理行政执法案件86件。'),
            new Table({ rows: [new TableRow({ children: [cell('复议案件'), cell('12件')] })] }),
            new Paragraph('二、存在问题'),
            new Paragraph('基层执法力量不足。'),
          ],
        },
      ],
    });
    writeFileSync(docx, await Packer.toBuffer(doc));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('#import-outline').click()]);
    await chooser.setFiles(docx);
    const notice = importNoticeText('zh-CN', { code: 'tables', count: 1, paragraphs: 2 });
    await page.getByText(notice).waitFor();
    await shot(page, 'word-import-notices');
    await page.getByRole('button', { name: translator('zh-CN', 'word')('ui.openImported') }).click();
    await page.locator('.wizard').waitFor();

    await openStep(page, 'review');
    await page.getByRole('button', { name: translator('zh-CN', 'word')('ui.exportDocx') }).click();
    await page.locator('.export-result').first().waitFor({ timeout: 60_000 });
    await shot(page, 'word-exported');
    const exportsDir = path.join(session.dataDir, 'exports');
    const exported = readdirSync(exportsDir).find((f) => f.endsWith('.docx'));
    expect(exported).toBe('某区司法局2023年法治政府建设情况报告.docx');

    const id = decodeURIComponent(new URL(page.url()).hash.replace('#/report/', ''));
    const response = await session.bridge.fetch('openReport', { body: JSON.stringify([id]) });
    const stored = ((await response.json()) as { value: { report: Report } }).value.report;
    expect(stored.chapters[0]!.paragraphs).toEqual(['全年办理行政执法案件86件。', '复议案件', '12件']);
    const back = await readReportDocument(path.join(exportsDir, exported!));
    expect(renderText(back.report)).toBe(renderText(stored));
  }, 120_000);
});
