// The Word side of `report-desk import` and `report-desk export --docx`: the report's .docx, and the notices
// of a Word import (what was left out) on stderr, one sentence each in the user's language.
import type { ImportNotice } from '../../core/import-notices';
import { importNoticeText } from '../../core/import-notices';
import type { Report } from '../../core/model';
import { writeOutput } from '../services/output-formats';
import type { Context } from './command';

/** The Word file, or with --public the public copy's (as for the PDF). */
export async function exportDocx(ctx: Context, report: Report, out: string): Promise<void> {
  const kind = ctx.values.public ? 'public-docx' : 'docx';
  const result = await writeOutput(kind, report, out, { forceDraft: ctx.values.draft === true });
  ctx.io.out(ctx.t('docxExported', { out, paragraphs: result.paragraphs }));
}

export function printNotices(ctx: Context, notices: ImportNotice[]): void {
  for (const notice of notices) ctx.io.err(ctx.t('notice', { message: importNoticeText(ctx.language, notice) }));
}
