// The sign-off trail's services, over the store and the version history: steps (each refused with one sentence
// when out of order), versions, comparisons, revised texts coming back with their diff before they are
// accepted (merged with the draft's edits since sending: core/three-way-merge.ts), and the guard that keeps a
// signed-off report from being changed. Used by electron/services/index.ts.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { z } from 'zod';
import {
  revisionChoicesSchema,
  type DuplicateChoice,
  type ImportedPackage,
  type RevisionChoices,
  type revisionPreviewSchema,
  type revisionUploadSchema,
  type signOffRequestSchema,
} from '../../core/api';
import { AppError } from '../../core/errors';
import { fingerprint } from '../../core/fingerprint';
import type { Report } from '../../core/model';
import { applyRevision } from '../../core/revision';
import { applyStep, approvalRecord, isBackedSignOff, isLocked } from '../../core/sign-off';
import { metadataChanges, takeMetadata } from '../../core/revision-metadata';
import { statedValueDifferences, takeStatedValues } from '../../core/stated-values';
import { mergeReports } from '../../core/three-way-merge';
import { diffReports, type ReportDiff } from '../../core/version-diff';
import type { ReviewNote, StoredVersion, VersionRef, VersionSummary } from '../../core/version-types';
import type { ReportStore } from '../store/store';
import { VersionHistory } from '../store/history';
import { readDocumentFile } from '../files/input-files';
import type { OnDuplicate, ReportOperations, WriteHistory } from './report-operations';
import { readRevision } from './read-revision';

type SignOffRequest = z.input<typeof signOffRequestSchema>;
type RevisionUpload = z.infer<typeof revisionUploadSchema>;
export type RevisionPreview = z.infer<typeof revisionPreviewSchema>;

/** The steps that act on what was signed, and so need a backed sign-off (isBackedSignOff). */
const BACKED_STEPS: ReadonlySet<string> = new Set(['clear-secrecy', 'publish']);

interface Pending {
  id: string;
  /** The version sent out, and the leader's text: merged with the draft when accepted. */
  base: Report;
  theirs: Report;
  /** The file's own metadata (title, 主送, 落款, date), offered field by field. */
  imported: Report;
  reviewNotes: ReviewNote[];
  /** The stored report's fingerprint when the preview was made: accepting over a changed report is refused. */
  basis: string;
}

/** `now` stamps the records (instants); `today` is the office's calendar date, for validation. */
export function createSignOffServices(
  store: ReportStore,
  reports: ReportOperations,
  now: () => Date,
  today: () => Promise<string>,
) {
  // Every change below runs in the report's one turn (the store's), which the history's writes join.
  const turn = <T>(id: string, task: () => Promise<T>) => store.withReport(id, task);
  const history = new VersionHistory(store.layout.reports, turn, () => store.fence());
  const pending = new Map<string, Pending>();
  const writeHistory: WriteHistory = (id, versions) => history.importAll(id, versions);
  const stamp = () => now().toISOString();

  const current = async (id: string) => (await store.get(id)).report;

  /**
   * Clearing secrecy and publishing act on what was signed: the signed-off version must be on disk with the
   * approved content, and the report's content must still be it (a report file edited by hand after sign-off,
   * or records naming a version that is not there, are refused with SIGN_OFF_NOT_BACKED).
   */
  async function assertBacked(report: Report): Promise<void> {
    const number = approvalRecord(report)?.version;
    const signed = number ? await history.read(report.id, number).catch(() => null) : null;
    if (!isBackedSignOff(report, signed ? [signed] : [])) throw new AppError('SIGN_OFF_NOT_BACKED');
  }

  /** The version a revision is compared with: the last one sent out for review, else the last signed off. */
  async function sentOut(id: string): Promise<StoredVersion | null> {
    const { versions } = await history.list(id);
    const pick = versions.findLast((v) => v.kind === 'submitted') ?? versions.findLast((v) => v.kind === 'signed-off');
    return pick ? history.read(id, pick.number) : null;
  }

  async function contentOf(id: string, ref: VersionRef): Promise<Report> {
    return ref === 'current' ? current(id) : (await history.read(id, ref)).report;
  }

  /** The revision named `name`, its bytes read only once the report may take one. */
  async function preview(
    id: string,
    name: string,
    read: () => Promise<Uint8Array>,
    anyway = false,
  ): Promise<RevisionPreview> {
    const report = await current(id);
    if (isLocked(report)) throw new AppError('REPORT_SIGNED_OFF');
    const { organisation, year } = report.meta;
    const document = await readRevision(await read(), name, { organisation, year, now: stamp(), anyway });
    const imported = document.report;
    const theirs = applyRevision(report, imported);
    const sent = await sentOut(id);
    const base = sent?.report ?? report;
    const diff: ReportDiff = diffReports(base, theirs);
    // What the draft changed since sending, and where: kept by the merge, shown before anything is accepted.
    const edits = diffReports(base, report);
    const chapters = edits.chapters
      .filter((c) => c.changes.some((change) => change.kind !== 'equal' && change.kind !== 'renumbered'))
      .map((c) => c.title);
    const merge = mergeReports(base, report, theirs);
    const token = randomUUID();
    const reviewNotes = document.comments;
    pending.set(token, { id, base, theirs, imported, reviewNotes, basis: fingerprint(report) });
    return {
      token,
      base: sent?.number ?? null,
      fileName: name,
      diff,
      merged: diffReports(report, merge.report),
      draftEdits: { count: edits.changed, chapters },
      draftDiff: edits,
      conflicts: merge.conflicts,
      metadata: metadataChanges(base, report, imported),
      // Where each stands in the list is the page's business only through the id.
      indicators: statedValueDifferences(merge.report).map(({ index: _index, ...difference }) => difference),
      notices: document.notices,
      reviewNotes,
    };
  }

  return {
    history,

    listVersions: (id: string) => current(id).then(() => history.list(id)),

    async openVersion(id: string, number: number) {
      await current(id);
      const version = await history.read(id, number);
      const { report, ...summary } = version;
      return { version: summary, report };
    },

    saveVersion: (id: string, note: string, by = ''): Promise<VersionSummary> =>
      turn(id, async () => history.add(await current(id), { kind: 'saved', note: note.trim(), by, at: stamp() })),

    async compareVersions(id: string, a: VersionRef, b: VersionRef): Promise<ReportDiff> {
      return diffReports(await contentOf(id, a), await contentOf(id, b));
    },

    signOff: (id: string, request: SignOffRequest): Promise<Report> =>
      turn(id, async () => {
        const report = await current(id);
        const outcome = applyStep(report, {
          step: request.step,
          name: request.name,
          opinion: request.opinion,
          attribute: request.attribute ?? null,
          at: stamp(),
          today: await today(),
          nextVersion: await history.nextNumber(id),
        });
        if (BACKED_STEPS.has(request.step)) await assertBacked(report);
        // The version first: a record never names a version that is not on disk.
        const version = outcome.versionKind
          ? await history.add(
              outcome.report,
              {
                kind: outcome.versionKind,
                by: outcome.record.name,
                note: outcome.record.opinion,
                at: outcome.record.at,
              },
              outcome.record.version ?? undefined,
            )
          : null;
        try {
          return await store.update(outcome.report);
        } catch (err) {
          // The step did not happen: its version goes too (created exclusively here, so the file is this step's).
          if (version) await history.remove(id, version.number);
          throw err;
        }
      }),

    /** A revision chosen in the app arrives as bytes, read as they are (held to a file's size limit). */
    previewRevision: (id: string, upload: RevisionUpload): Promise<RevisionPreview> =>
      preview(id, path.basename(upload.fileName) || 'revision.txt', async () => Buffer.from(upload.data, 'base64')),

    previewRevisionFile: (id: string, file: string, options: { anyway?: boolean } = {}): Promise<RevisionPreview> =>
      preview(id, path.basename(file), () => readDocumentFile(file), options.anyway),

    /**
     * The revision merged into the draft, recorded as accepted by `name` with the file's comments as its review
     * notes; refused unless `choices` names a side for every conflict. Only the fields and indicators chosen are
     * taken beyond the body.
     */
    acceptRevision: (id: string, token: string, name: string, choices?: RevisionChoices): Promise<Report> =>
      turn(id, async () => {
        if (!name.trim()) throw new AppError('SIGN_OFF_NAME_REQUIRED');
        const chosen = revisionChoicesSchema.parse(choices ?? {});
        const entry = pending.get(token);
        const report = await current(id);
        if (!entry || entry.id !== id) throw new AppError('REVISION_EXPIRED');
        if (isLocked(report)) throw new AppError('REPORT_SIGNED_OFF');
        if (fingerprint(report) !== entry.basis) throw new AppError('REVISION_EXPIRED');
        // Unchanged since the preview (same fingerprint): the same merge, now with the sides chosen.
        const merged = mergeReports(entry.base, report, entry.theirs, chosen.conflicts);
        if (merged.conflicts.length !== chosen.conflicts.length)
          throw new AppError('REVISION_CONFLICTS', { count: merged.conflicts.length });
        const taken = new Set(chosen.indicators);
        const withMetadata = takeMetadata(merged.report, entry.imported, chosen.metadata);
        const indicators = statedValueDifferences(withMetadata).filter((d) => taken.has(d.indicatorId));
        const accepted = takeStatedValues(withMetadata, indicators);
        const { reviewNotes } = entry;
        // The version first, as for a step: a failure then leaves neither (the version is taken back).
        const version = await history.add(accepted, { kind: 'revision', by: name.trim(), at: stamp(), reviewNotes });
        try {
          const saved = await store.update(accepted);
          pending.delete(token);
          return saved;
        } catch (err) {
          await history.remove(id, version.number);
          throw err;
        }
      }),

    /**
     * The wizard's save. It carries the whole report as the renderer last had it, possibly from before a step
     * taken since, so it is decided in the report's turn against the report as stored at that moment: a
     * signed-off report is refused unless nothing that prints changed; the state and records always stay as
     * stored (only the steps above move them); the office's roles may change in a draft.
     */
    save: (incoming: Report): Promise<Report> =>
      turn(incoming.id, async () => {
        const stored = await current(incoming.id);
        if (isLocked(stored) && fingerprint(incoming) !== fingerprint(stored)) throw new AppError('REPORT_SIGNED_OFF');
        const roles = stored.meta.status === 'draft' ? incoming.signOff.roles : stored.signOff.roles;
        return store.update({
          ...incoming,
          meta: { ...incoming.meta, status: stored.meta.status },
          signOff: { ...stored.signOff, roles },
        });
      }),

    /** The saved versions a package of the report carries. */
    packageHistory: (id: string): Promise<StoredVersion[]> => history.readAll(id),

    /** Imports a package with its history (written first); everything is checked before anything is written. */
    importPackageText: (text: string, onDuplicate?: OnDuplicate): Promise<ImportedPackage> =>
      reports.importPackage(text, onDuplicate, writeHistory),

    /** Finishes a package import the user answered (replace or keep both), with the history it carried. */
    resolvePackageImport: (importId: string, choice: DuplicateChoice): Promise<ImportedPackage> =>
      reports.resolvePackageImport(importId, choice, writeHistory),
  };
}

export type SignOffServices = ReturnType<typeof createSignOffServices>;
