// The Node services behind the typed API (core/api.ts): the store, the core operations and the PDF export,
// with everything platform-specific (dialogs, the system viewer, printing, progress delivery) injected, so the
// Electron shell, the HTTP bridge and the tests run the very same code.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  Api,
  ExportProgress,
  ImportedDocument,
  ImportedPackage,
  OutlineFileOptions,
  SavedFile,
  Settings,
} from '../../core/api';
import { todayIn } from '../../core/date-time';
import { AppError } from '../../core/errors';
import { acceptInput } from '../../core/input-kind';
import { withinImportLimit } from '../../core/import-limits';
import type { OutputKind } from '../../core/output-kinds';
import { listTemplates } from '../../core/templates';
import { validateReport } from '../../core/validation';
import { ExportRegistry } from './export-registry';
import { readPackageFile } from '../files/input-files';
import {
  besideOutputPath,
  defaultOutputName,
  writeOutput,
  type OutputInfo,
  type OutputInput,
  type OutputOptions,
  type RenderedKind,
} from './output-formats';
import type { PdfRenderer } from './pdf-file';
import { officeTimeZoneOf, readSettings, writeSettings } from '../store/settings-file';
import { ReportOperations, type OnDuplicate } from './report-operations';
import { checkedReport } from '../../core/report-codec';
import { ReportStore } from '../store/store';
import { KeyedQueue } from '../store/keyed-queue';
import './native-hash';
import { createSignOffServices, type RevisionPreview } from './sign-off-services';
import { publicCopyWarnings } from '../../core/public-copy';
import { readReportBytes, readReportDocument } from './document-files';
import type { ReportDocument, ReportDocumentOptions } from '../formats/word/read-report-document';
import { createRollupService, type RollupService } from './rollup/rollup-service';
import type { VerifyAnswer } from '../../core/verify-answer';
import type { VerifyContext } from './verify-pdf';

export type { PdfRenderer, PdfResult } from './pdf-file';

export interface ServiceOptions {
  dataDir: string;
  /** A Save dialog (or the bridge's fixed folder); null when the user cancels. */
  chooseSavePath(kind: OutputKind, defaultFileName: string): Promise<string | null>;
  /** An Open dialog for a file to import, or a folder to roll up; null when the user cancels. */
  chooseOpenPath(kind: 'package' | 'outline' | 'folder'): Promise<string | null>;
  openPath(file: string): Promise<void>;
  showInFolder(file: string): Promise<void>;
  printPdf(file: string): Promise<void>;
  onExportProgress(progress: ExportProgress): void;
  now?(): Date;
  /** Open the data folder read-only (no lock; every change refused): for readers beside a running app. */
  readOnly?: boolean;
  /** What lays out PDFs; by default electron/formats/pdf/export's, loaded on first export (it pulls in pdfkit and fonts). */
  renderPdf?: PdfRenderer;
}

export type Services = Omit<Api, 'onExportProgress'> & {
  /**
   * Imports a package file already chosen: by the contract's importPackageFile after its Open dialog, by the
   * desktop shell for a package Windows hands over (double-click), by the bridge for an upload, by the CLI.
   * A package already in the store is refused with PACKAGE_ALREADY_IMPORTED unless `onDuplicate` says what to do.
   * Answers the report as stored and what the user is told about it (a signed-off state not backed: a draft).
   */
  importPackageFromFile(file: string, onDuplicate?: OnDuplicate): Promise<ImportedPackage>;
  /** The same for a package's bytes handed over without a file (the bridge's upload), held to a file's size limit. */
  importPackageBytes(bytes: Uint8Array): Promise<ImportedPackage>;
  /** Creates a report from a file already chosen: Word (.docx, .doc, .wps) or text (UTF-8, UTF-16, GB18030). */
  importOutlineFromFile(file: string, outline: OutlineFileOptions): Promise<ImportedDocument>;
  /** The same for a document's bytes handed over without a file (the bridge's upload), held to a file's size limit. */
  importOutlineBytes(bytes: Uint8Array, outline: OutlineFileOptions): Promise<ImportedDocument>;
  /**
   * Reads a revised text already chosen (the CLI's import --into) and compares it with the version sent out;
   * `anyway` takes a text with no chapters all the same.
   */
  previewRevisionFromFile(id: string, file: string, options?: { anyway?: boolean }): Promise<RevisionPreview>;
  /** The district's draft from a roll-up the CLI ran, put into the data folder. */
  draftFromRollup: RollupService['draftFromRollup'];
  /** Verifies a PDF file named by the user (the CLI's verify). */
  verifyPdfFile(file: string): Promise<VerifyAnswer>;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
};

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const store = await ReportStore.open(options.dataDir, { now, readOnly: options.readOnly });
  const reports = new ReportOperations(store, now);
  const exportsWritten = new ExportRegistry();
  const settingsFile = store.layout.settings;
  // Settings are read, patched and written in turn: the UI language and the report language, sent at once, both land.
  const settingsTurn = new KeyedQueue();
  // The office's zone is read at each use: a changed setting counts from the next date made.
  const timeZone = () => officeTimeZoneOf(options.dataDir);
  const today = async () => todayIn(await timeZone(), now());

  const savedFile = (file: string): SavedFile => ({
    exportId: exportsWritten.register(file),
    fileName: path.basename(file),
  });
  /** Asks where to save `input` as `kind` (null: cancelled), then writes it there through the output writer. */
  async function saveOutput<K extends RenderedKind>(
    kind: K,
    input: OutputInput<K>,
    renderOptions: OutputOptions<K>,
  ): Promise<(SavedFile & OutputInfo<K>) | null> {
    const language = (await readSettings(settingsFile)).uiLanguage;
    const file = await options.chooseSavePath(kind, defaultOutputName(kind, input, renderOptions, language));
    if (!file) return null;
    const info = await writeOutput(kind, input, file, renderOptions);
    return { ...savedFile(file), ...info };
  }
  const pdfOptions = (forceDraft?: boolean) => ({
    forceDraft,
    onProgress: options.onExportProgress,
    ...(options.renderPdf ? { renderer: options.renderPdf } : {}),
  });

  const signOff = createSignOffServices(store, reports, now, today);

  const importPackageFromFile = async (file: string, onDuplicate?: OnDuplicate) =>
    signOff.importPackageText(await readPackageFile(file), onDuplicate);
  // A text refused as no report (IMPORT_NOT_A_REPORT_TEXT) waits under its importId for the user's confirmation,
  // so the file is not chosen again; only the last few stay.
  const unconfirmed = new Map<string, () => Promise<ImportedDocument>>();
  // The document is read and recognised completely before the store is touched: a refused file changes nothing.
  const importOutline = async (
    read: (options: ReportDocumentOptions) => Promise<ReportDocument>,
    { nextYear, ...outline }: OutlineFileOptions,
  ): Promise<ImportedDocument> => {
    try {
      const { report, notices } = await read({ ...outline, now: now().toISOString(), timeZone: await timeZone() });
      return { report: await reports.importReport(report, nextYear), notices };
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'IMPORT_NOT_A_REPORT_TEXT') throw err;
      const importId = randomUUID();
      unconfirmed.set(importId, () => importOutline(read, { nextYear, ...outline, anyway: true }));
      for (const old of [...unconfirmed.keys()].slice(0, -5)) unconfirmed.delete(old);
      throw new AppError(err.code, { ...err.params, importId });
    }
  };
  const importOutlineFromFile = (file: string, outline: OutlineFileOptions) =>
    importOutline((o) => readReportDocument(file, o), outline);

  // Reads the chosen folder only: the store is never touched by a roll-up.
  const rollup = createRollupService({
    chooseOpenPath: options.chooseOpenPath,
    async saveWorkbook(result, language) {
      const saved = await saveOutput('workbook', result, { language });
      if (saved) {
        const beside = besideOutputPath('rollup-summary', exportsWritten.resolve(saved.exportId), language);
        await writeOutput('rollup-summary', result, beside, { language, today: await today() });
      }
      return saved;
    },
    saveSummary: async (result, language) => saveOutput('rollup-summary', result, { language, today: await today() }),
    language: async () => (await readSettings(settingsFile)).uiLanguage,
    today,
    timeZone,
    createReport: (report) => store.create(report),
    now: () => now().toISOString(),
  });

  // What verify reads (the store, read as the listing does) and prints with (the services' own PDF writer).
  const verifyContext: VerifyContext = {
    listReports: async () => store.list(),
    openReport: (id) => store.get(id),
    listVersions: signOff.listVersions,
    openVersion: signOff.openVersion,
    timeZone,
    dataDir: options.dataDir,
    ...(options.renderPdf ? { renderer: options.renderPdf } : {}),
  };

  return {
    ...rollup,
    listTemplates: async () => listTemplates(),
    listReports: async () => store.list(),
    listProblems: async () => store.listProblems(),
    createReport: (args) => reports.createReport(args),
    openReport: (id) => store.get(id),
    acknowledgeRestore: (id) => store.acknowledgeRestored(id),

    async saveReport(input) {
      // Only sign-off steps move the state; a signed-off report's text is refused until it is reopened.
      const saved = await signOff.save(checkedReport(input));
      return { updatedAt: saved.updatedAt };
    },

    duplicateAsNextYear: (id) => reports.duplicateAsNextYear(id),
    deleteReport: (id) => store.delete(id),
    listTrash: () => store.listTrash(),
    restoreReport: (id) => store.restore(id),

    importPackageFromFile,
    importPackageBytes: async (bytes) => {
      acceptInput(withinImportLimit('package', bytes), 'package');
      return signOff.importPackageText(Buffer.from(bytes).toString('utf8'));
    },
    importOutlineFromFile,
    importOutlineBytes: (bytes, outline) => importOutline((o) => readReportBytes(bytes, '', o), outline),
    resolvePackageImport: (importId, choice) => signOff.resolvePackageImport(importId, choice),
    async confirmOutlineImport(importId) {
      const confirmed = unconfirmed.get(importId);
      if (!confirmed) throw new AppError('IMPORT_CONFIRM_EXPIRED');
      unconfirmed.delete(importId);
      return confirmed();
    },

    async importPackageFile() {
      const file = await options.chooseOpenPath('package');
      return file ? importPackageFromFile(file) : null;
    },

    async importOutlineFile(outline) {
      const file = await options.chooseOpenPath('outline');
      return file ? importOutlineFromFile(file, outline) : null;
    },

    importOutlineText: (text) => importOutline((o) => readReportBytes(Buffer.from(text, 'utf8'), '', o), {}),

    async exportPackage(id) {
      const { report } = await store.get(id);
      const history = await signOff.packageHistory(id);
      return saveOutput('package', { report, exportedAt: now().toISOString(), history }, {});
    },

    async validateReport(id) {
      const { report } = await store.get(id);
      return validateReport(report, { today: await today() });
    },

    async exportPdf(id, { draft }) {
      const { report } = await store.get(id);
      const saved = await saveOutput('pdf', report, pdfOptions(draft));
      return saved && { ...saved, fonts: saved.fonts.map((f) => f.family) };
    },

    async exportPublicCopy(id, { format }) {
      const { report } = await store.get(id);
      const warnings = publicCopyWarnings(report);
      if (format === 'html') {
        const saved = await saveOutput('public-html', report, {});
        return saved && { ...saved, warnings, missingCharacters: [] };
      }
      const saved = await saveOutput('public-pdf', report, pdfOptions());
      return (
        saved && {
          exportId: saved.exportId,
          fileName: saved.fileName,
          warnings,
          missingCharacters: saved.missingCharacters,
        }
      );
    },

    async exportDocx(id, { draft }) {
      const { report } = await store.get(id);
      const saved = await saveOutput('docx', report, { forceDraft: draft });
      return saved && { exportId: saved.exportId, fileName: saved.fileName, paragraphs: saved.paragraphs };
    },

    openExport: async (exportId) => options.openPath(exportsWritten.resolve(exportId)),
    showExportInFolder: async (exportId) => options.showInFolder(exportsWritten.resolve(exportId)),
    printExport: async (exportId) => options.printPdf(exportsWritten.resolve(exportId)),

    getSettings: () => readSettings(settingsFile),
    setSettings: (patch) =>
      settingsTurn.run('settings', async () => {
        const next: Settings = { ...(await readSettings(settingsFile)), ...patch };
        await writeSettings(settingsFile, next);
        return next;
      }),

    listVersions: signOff.listVersions,
    openVersion: signOff.openVersion,
    saveVersion: (id, note) => signOff.saveVersion(id, note),
    compareVersions: signOff.compareVersions,
    signOff: signOff.signOff,
    previewRevision: signOff.previewRevision,
    acceptRevision: signOff.acceptRevision,
    previewRevisionFromFile: signOff.previewRevisionFile,

    async exportSlip(id) {
      const { report } = await store.get(id);
      const saved = await saveOutput('slip', report, { language: report.meta.language, timeZone: await timeZone() });
      return saved && { ...saved, fonts: saved.fonts.map((f) => f.family) };
    },

    verifyPdf: async (upload) => (await import('./verify-pdf')).verifyPdfUpload(upload, verifyContext),
    verifyPdfFile: async (file) => (await import('./verify-pdf')).verifyPdfFile(file, verifyContext),

    close: () => store.close(),
  };
}
