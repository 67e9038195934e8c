// The Word side of `report-desk import` and `report-desk export --docx`: the report's .docx, and the notices
// of a Word import (what was left out) on stderr, one sentence each in the user's language.
import path from 'node:path';
import type { ImportNotice } from '../../core/import-notices';
import { importNoticeText } from '../../core/import-notices';
import type { Report } from '../../core/model';
import type { Context } from './command';

export async function exportDocx(ctx: Context, report: Report, out: string): Promise<void> {
  // docx loads only for a Word export, not for every command.
  const { writeReportDocx } = await import('../formats/docx/write-docx');
  const result = await writeReportDocx(report, path.resolve(out), { forceDraft: ctx.values.draft === true });
  ctx.io.out(ctx.t('docxExported', { out, paragraphs: result.paragraphs }));
}

export function printNotices(ctx: Context, notices: ImportNotice[]): void {
  for (const notice of notices) ctx.io.err(ctx.t('notice', { message: importNoticeText(ctx.language, notice) }));
}
