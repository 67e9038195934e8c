// The sign-off trail on the command line: versions, diff, sign-off steps, the approval slip, verify, and the
// two data-folder forms of import (a new report; a revised text --into an existing one). Registered in
// commands.ts.
import path from 'node:path';
import { reportTitle } from '../../core/document';
import { formatLocalDateTime } from '../../core/date-time';
import { errorMessage, translator } from '../../core/i18n';
import { readNumber } from '../../core/number-reader';
import { PUBLICATION_ATTRIBUTES, SIGN_OFF_STEPS, type PublicationAttribute, type SignOffStep } from '../../core/model';
import type { ReportDiff } from '../../core/version-diff';
import type { VersionRef } from '../../core/version-types';
import { UsageError, dataDirOption, str, type Command, type Context } from './command';
import { officeZone, withServices } from './data-folder';
import type { OutlineFileOptions } from '../../core/api';
import { metadataText } from '../../core/revision-metadata';
import { placeText } from '../../core/merge-place';
import type { MergeSide } from '../../core/three-way-merge';
import type { RevisionPreview } from '../services/sign-off-services';
import { printNotices } from './word-commands';
import { verifiedAsSigned } from '../../core/verify-answer';
import { verifySentence } from '../../core/verify-sentence';

const tt = (ctx: Context) => translator(ctx.language, 'signoff');

/** A version as the user names it: `current`, or its number as report text writes it (2, ２). */
function versionRef(value: string): VersionRef {
  if (value === 'current') return 'current';
  const n = readNumber(value);
  if (n === null || !Number.isInteger(n) || n < 1) throw new UsageError('badVersion', { value });
  return n;
}

/** Characters of a renumbered paragraph shown to say which it is. */
const RENUMBERED_OPENING = 24;

async function printDiff(ctx: Context, diff: ReportDiff): Promise<void> {
  // The diff library loads only for the commands that show differences.
  const { markedText, renumberingText } = await import('../../core/version-diff');
  const t = tt(ctx);
  for (const chapter of diff.chapters) {
    const changes = chapter.changes.filter((c) => c.kind !== 'equal');
    if (changes.length === 0) continue;
    ctx.io.out(t('cli.diffChapter', { title: chapter.title }));
    for (const change of changes) {
      // Renumbering is quieter than an edit: one line naming the numbers, with the paragraph's opening words.
      if (change.kind === 'renumbered') {
        const text = markedText(change);
        const opening = text.length > RENUMBERED_OPENING ? text.slice(0, RENUMBERED_OPENING) + '…' : text;
        ctx.io.out(t('cli.renumbered', { numbers: renumberingText(change), text: opening }));
        continue;
      }
      ctx.io.out(markedText(change));
      if (change.renumbered) ctx.io.out(t('cli.renumberedToo', { numbers: renumberingText(change) }));
    }
  }
  ctx.io.out(diff.changed ? t('cli.differences', { count: diff.changed }) : t('cli.noDifferences'));
  if (diff.renumbered) ctx.io.out(t('cli.renumberedCount', { count: diff.renumbered }));
}

/** `import <file>` without --out: a new report in the data folder. */
export async function importIntoStore(ctx: Context, file: string, outline: OutlineFileOptions) {
  const { report, notices } = await withServices(ctx, { readOnly: false }, (s) =>
    s.importOutlineFromFile(file, outline),
  );
  printNotices(ctx, notices);
  ctx.io.out(tt(ctx)('cli.importedToStore', { title: reportTitle(report), id: report.id }));
  return 0;
}

/** What the draft changed since sending (kept), and each conflict numbered with its place and both texts. */
function printMergePreview(ctx: Context, preview: RevisionPreview): void {
  const t = tt(ctx);
  const { draftEdits } = preview;
  ctx.io.out(
    draftEdits.count
      ? t('cli.draftEdits', { count: draftEdits.count, chapters: draftEdits.chapters.join('、') })
      : t('cli.noDraftEdits'),
  );
  printConflicts(ctx, preview);
}

function printConflicts(ctx: Context, { conflicts }: RevisionPreview): void {
  const t = tt(ctx);
  if (conflicts.length === 0) return;
  ctx.io.out(t('cli.conflicts', { count: conflicts.length }));
  const text = (value: string | null) => value ?? t('cli.conflictDeleted');
  conflicts.forEach((c, index) => {
    ctx.io.out(t('cli.conflictPlace', { number: index + 1, place: placeText(ctx.language, c.place) }));
    ctx.io.out(t('cli.conflictBase', { text: c.base }));
    ctx.io.out(t('cli.conflictOurs', { text: text(c.ours) }));
    ctx.io.out(t('cli.conflictTheirs', { text: text(c.theirs) }));
  });
}

/**
 * What the revision offers beyond the body, each said taken or not: the fields the leader's file prints
 * otherwise (--take-metadata), the indicators the merged text states otherwise (--take-indicators), the file's
 * comments (kept as review notes on the version).
 */
function printBeyondBody(ctx: Context, preview: RevisionPreview, take: RevisionTakes): void {
  const t = tt(ctx);
  for (const m of preview.metadata) {
    const text = (value: string) => metadataText(m.field, value, ctx.language) || t('cli.metadataNone');
    const texts = { field: t(`metadataField.${m.field}`), ours: text(m.ours), theirs: text(m.theirs) };
    ctx.io.out(t(take.metadata ? 'cli.metadataTaken' : 'cli.metadataOffered', texts));
  }
  for (const d of preview.indicators)
    ctx.io.out(t(take.indicators ? 'cli.indicatorTaken' : 'cli.indicatorOffered', { ...d }));
  for (const note of preview.reviewNotes)
    ctx.io.out(t('cli.reviewNote', { author: note.author || t('cli.noAuthor'), text: note.text }));
}

/** The command line's choices for a revision: the side of every conflict, and whether to take what is offered. */
export interface RevisionTakes {
  take?: string;
  metadata: boolean;
  indicators: boolean;
  /** Read a text that is not a report all the same (`--anyway`). */
  anyway: boolean;
}

/**
 * `import <file> --into <id> --name <name> [--take theirs|ours] [--take-metadata] [--take-indicators]`: the
 * notices of reading the file, its diff against the version sent out and the draft's edits since, what it
 * offers beyond the body, then the revision merged with the draft as a new draft version accepted by `name`;
 * conflicts refuse it unless --take says which side wins them.
 */
export async function importRevisionInto(ctx: Context, file: string, id: string, name: string, takes: RevisionTakes) {
  const t = tt(ctx);
  const { take } = takes;
  if (take !== undefined && take !== 'theirs' && take !== 'ours') throw new UsageError('badTake', { value: take });
  const report = await withServices(ctx, { readOnly: false }, async (services) => {
    const preview = await services.previewRevisionFromFile(id, file, { anyway: takes.anyway });
    printNotices(ctx, preview.notices);
    ctx.io.out(preview.base === null ? t('cli.revisionBaseCurrent') : t('cli.revisionBase', { version: preview.base }));
    await printDiff(ctx, preview.diff);
    printMergePreview(ctx, preview);
    printBeyondBody(ctx, preview, takes);
    if (preview.conflicts.length && take === undefined)
      throw new UsageError('revisionConflicts', { count: String(preview.conflicts.length) });
    if (preview.conflicts.length) ctx.io.out(t('cli.conflictsTaken', { side: t(`cli.side.${take!}`) }));
    return services.acceptRevision(id, preview.token, name, {
      conflicts: preview.conflicts.map(() => take as MergeSide),
      metadata: takes.metadata ? preview.metadata.map((m) => m.field) : [],
      indicators: takes.indicators ? preview.indicators.map((d) => d.indicatorId) : [],
    });
  });
  ctx.io.out(t('cli.revisionImported', { title: reportTitle(report) }));
  return 0;
}

export const SIGN_OFF_COMMANDS: Record<string, Command> = {
  versions: {
    help: 'versions',
    options: { ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const t = tt(ctx);
      const { versions, problems } = await withServices(ctx, { readOnly: true }, (s) =>
        s.listVersions(ctx.positionals[0]!),
      );
      for (const p of problems) {
        ctx.io.err(t('cli.versionProblem', { number: p.number, message: errorMessage(ctx.language, p) }));
      }
      if (versions.length === 0 && problems.length === 0) ctx.io.out(t('cli.noVersions'));
      const timeZone = await officeZone(ctx);
      for (const v of versions) {
        ctx.io.out(
          t('cli.versionLine', {
            number: v.number,
            time: formatLocalDateTime(v.createdAt, ctx.language, timeZone),
            state: t(`state.${v.state}`),
            kind: t(`kind.${v.kind}`),
            by: v.by,
            note: v.note,
          }),
        );
        for (const note of v.reviewNotes)
          ctx.io.out(t('cli.versionReviewNote', { author: note.author || t('cli.noAuthor'), text: note.text }));
      }
      return 0;
    },
  },

  diff: {
    help: 'diff',
    options: { ...dataDirOption },
    positionals: [3],
    async run(ctx) {
      const [id, a, b] = ctx.positionals as [string, string, string];
      const diff = await withServices(ctx, { readOnly: true }, (s) =>
        s.compareVersions(id, versionRef(a), versionRef(b)),
      );
      await printDiff(ctx, diff);
      return 0;
    },
  },

  'sign-off': {
    help: 'signOff',
    options: {
      step: { type: 'string' },
      name: { type: 'string' },
      opinion: { type: 'string' },
      attribute: { type: 'string' },
      ...dataDirOption,
    },
    positionals: [1],
    required: ['step', 'name'],
    async run(ctx) {
      const t = tt(ctx);
      const step = str(ctx, 'step')!;
      const attribute = str(ctx, 'attribute');
      if (!(SIGN_OFF_STEPS as readonly string[]).includes(step)) throw new UsageError('badStep', { value: step });
      if (attribute !== undefined && !(PUBLICATION_ATTRIBUTES as readonly string[]).includes(attribute))
        throw new UsageError('badAttribute', { value: attribute });
      const report = await withServices(ctx, { readOnly: false }, (s) =>
        s.signOff(ctx.positionals[0]!, {
          step: step as SignOffStep,
          name: str(ctx, 'name')!,
          opinion: str(ctx, 'opinion'),
          attribute: (attribute as PublicationAttribute | undefined) ?? null,
        }),
      );
      ctx.io.out(
        t('cli.stepDone', {
          step: t(`step.${step as SignOffStep}`),
          title: reportTitle(report),
          state: t(`state.${report.meta.status}`),
        }),
      );
      return 0;
    },
  },

  slip: {
    help: 'slip',
    options: { pdf: { type: 'string', output: true }, ...dataDirOption },
    positionals: [1],
    required: ['pdf'],
    async run(ctx) {
      const out = str(ctx, 'pdf')!;
      await withServices(ctx, { readOnly: true, savePath: out }, (s) => s.exportSlip(ctx.positionals[0]!));
      ctx.io.out(tt(ctx)('cli.slipExported', { out }));
      return 0;
    },
  },

  verify: {
    help: 'verify',
    options: { ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const t = tt(ctx);
      const file = path.resolve(ctx.positionals[0]!);
      const answer = await withServices(ctx, { readOnly: true }, (s) => s.verifyPdfFile(file));
      ctx.io.out(verifySentence(answer, ctx.language, 'cli'));
      const differences = answer.differences ?? [];
      if (differences.length > 0) {
        ctx.io.out(t('verify.textDiffers', { count: differences.length }));
        for (const d of differences.slice(0, 20)) ctx.io.out(d);
      }
      return verifiedAsSigned(answer) ? 0 : 1;
    },
  },
};
