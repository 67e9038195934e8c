// The Node services behind the typed API (core/api.ts): the store, the core operations and the PDF export,
// with everything platform-specific (dialogs, the system viewer, printing, progress delivery) injected, so the
// Electron shell, the HTTP bridge and the tests run the very same code.
import path from 'node:path';
import type { Api, ExportProgress, ImportedDocument, OutlineFileOptions, Settings } from '../../core/api';
import { todayIn } from '../../core/date-time';
import { reportTitle } from '../../core/document';
import type { Report } from '../../core/model';
import { listTemplates } from '../../core/templates';
import { validateReport } from '../../core/validation';
import { safeFileName } from '../../core/file-names';
import { ExportRegistry } from './export-registry';
import { readPackageFile } from '../files/input-files';
import { writeReportPdf, type PdfExporter } from './pdf-file';
import { officeTimeZoneOf, readSettings, writeSettings } from '../store/settings-file';
import { writeDurable } from '../files/durable-file';
import { PACKAGE_EXTENSION } from '../formats/package/package-format';
import { ReportOperations, type OnDuplicate } from './report-operations';
import { checkedReport } from '../../core/report-codec';
import { ReportStore } from '../store/store';
import './native-hash';
import { writeSlipPdf } from '../formats/slip/slip-file';
import { createSignOffServices, type RevisionPreview } from './sign-off-services';
import { publicCopyWarnings } from '../../core/public-copy';
import { writePublicHtml, writePublicPdf } from './public-copy-file';
import { readReportDocument } from './document-files';
import { createRollupService } from './rollup/rollup-service';

export type { PdfExporter, PdfFileResult } from './pdf-file';

export interface ServiceOptions {
  dataDir: string;
  /** A Save dialog (or the bridge's fixed folder); null when the user cancels. */
  chooseSavePath(
    kind: 'pdf' | 'docx' | 'html' | 'package' | 'workbook',
    defaultFileName: string,
  ): Promise<string | null>;
  /** An Open dialog for a file to import, or a folder to roll up; null when the user cancels. */
  chooseOpenPath(kind: 'package' | 'outline' | 'folder'): Promise<string | null>;
  openPath(file: string): Promise<void>;
  showInFolder(file: string): Promise<void>;
  printPdf(file: string): Promise<void>;
  onExportProgress(progress: ExportProgress): void;
  now?(): Date;
  /** Open the data folder read-only (no lock; every change refused): for readers beside a running app. */
  readOnly?: boolean;
  /** The PDF writer; by default electron/formats/pdf/export's, loaded on first export (it pulls in pdfkit, fonts). */
  exportPdfFile?: PdfExporter;
}

export type Services = Omit<Api, 'onExportProgress'> & {
  /**
   * Imports a package file already chosen: by the contract's importPackageFile after its Open dialog, by the
   * desktop shell for a package Windows hands over (double-click), by the bridge for an upload, by the CLI.
   * A package already in the store is refused with PACKAGE_ALREADY_IMPORTED unless `onDuplicate` says what to do.
   */
  importPackageFromFile(file: string, onDuplicate?: OnDuplicate): Promise<Report>;
  /** Creates a report from a file already chosen: Word (.docx, .doc, .wps) or text (UTF-8, UTF-16, GB18030). */
  importOutlineFromFile(file: string, outline: OutlineFileOptions): Promise<ImportedDocument>;
  /** Reads a revised text already chosen (the CLI's import --into) and compares it with the version sent out. */
  previewRevisionFromFile(id: string, file: string): Promise<RevisionPreview>;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
};

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const store = await ReportStore.open(options.dataDir, { now, readOnly: options.readOnly });
  const reports = new ReportOperations(store, now);
  const exportsWritten = new ExportRegistry();
  const settingsFile = store.layout.settings;
  // The office's zone is read at each use: a changed setting counts from the next date made.
  const timeZone = () => officeTimeZoneOf(options.dataDir);
  const today = async () => todayIn(await timeZone(), now());

  const savedFile = (file: string) => ({ exportId: exportsWritten.register(file), fileName: path.basename(file) });

  const signOff = createSignOffServices(store, reports, now, today);

  const importPackageFromFile = async (file: string, onDuplicate?: OnDuplicate) =>
    signOff.importPackageText(await readPackageFile(file), onDuplicate);
  // The file is read and recognised completely before the store is touched: a refused file changes nothing.
  const importOutlineFromFile = async (file: string, { nextYear, ...outline }: OutlineFileOptions) => {
    const { report, notices } = await readReportDocument(file, {
      ...outline,
      now: now().toISOString(),
      timeZone: await timeZone(),
    });
    return { report: await reports.importReport(report, nextYear), notices };
  };

  // Reads the chosen folder only: the store is never touched by a roll-up.
  const rollup = createRollupService({
    chooseOpenPath: options.chooseOpenPath,
    chooseSavePath: options.chooseSavePath,
    language: async () => (await readSettings(settingsFile)).uiLanguage,
    savedFile,
    today,
    timeZone,
  });

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
      const saved = await store.update(await signOff.guardSave(checkedReport(input)));
      return { updatedAt: saved.updatedAt };
    },

    duplicateAsNextYear: (id) => reports.duplicateAsNextYear(id),
    deleteReport: (id) => store.delete(id),
    listTrash: () => store.listTrash(),
    restoreReport: (id) => store.restore(id),

    importPackageFromFile,
    importOutlineFromFile,
    resolvePackageImport: (importId, choice) => signOff.resolvePackageImport(importId, choice),

    async importPackageFile() {
      const file = await options.chooseOpenPath('package');
      return file ? importPackageFromFile(file) : null;
    },

    async importOutlineFile(outline) {
      const file = await options.chooseOpenPath('outline');
      return file ? importOutlineFromFile(file, outline) : null;
    },

    async exportPackage(id) {
      const text = await signOff.packageWithHistory(id, await reports.exportPackage(id));
      const { report } = await store.get(id);
      const file = await options.chooseSavePath('package', safeFileName(reportTitle(report)) + PACKAGE_EXTENSION);
      if (!file) return null;
      await writeDurable(file, text);
      return savedFile(file);
    },

    async validateReport(id) {
      const { report } = await store.get(id);
      return validateReport(report, { today: await today() });
    },

    async exportPdf(id, pdfOptions) {
      const { report } = await store.get(id);
      const file = await options.chooseSavePath('pdf', `${safeFileName(reportTitle(report))}.pdf`);
      if (!file) return null;
      const result = await writeReportPdf(report, file, {
        forceDraft: pdfOptions.draft,
        onProgress: options.onExportProgress,
        ...(options.exportPdfFile ? { exporter: options.exportPdfFile } : {}),
      });
      return {
        ...savedFile(file),
        pages: result.pages,
        fonts: result.fonts.map((f) => f.family),
        missingCharacters: result.missingCharacters,
      };
    },

    async exportPublicCopy(id, { format }) {
      const { report } = await store.get(id);
      const file = await options.chooseSavePath(format, `${safeFileName(reportTitle(report))}.${format}`);
      if (!file) return null;
      const warnings = publicCopyWarnings(report);
      if (format === 'html') {
        await writePublicHtml(report, file);
        return { ...savedFile(file), warnings, missingCharacters: [] };
      }
      const result = await writePublicPdf(report, file, {
        onProgress: options.onExportProgress,
        ...(options.exportPdfFile ? { exporter: options.exportPdfFile } : {}),
      });
      return { ...savedFile(file), warnings, missingCharacters: result.missingCharacters };
    },

    async exportDocx(id, docxOptions) {
      const { report } = await store.get(id);
      const file = await options.chooseSavePath('docx', `${safeFileName(reportTitle(report))}.docx`);
      if (!file) return null;
      // docx loads at the first Word export, not at the app's start.
      const { writeReportDocx } = await import('../formats/docx/write-docx');
      const result = await writeReportDocx(report, file, { forceDraft: docxOptions.draft });
      return { ...savedFile(file), paragraphs: result.paragraphs };
    },

    openExport: async (exportId) => options.openPath(exportsWritten.resolve(exportId)),
    showExportInFolder: async (exportId) => options.showInFolder(exportsWritten.resolve(exportId)),
    printExport: async (exportId) => options.printPdf(exportsWritten.resolve(exportId)),

    getSettings: () => readSettings(settingsFile),
    async setSettings(patch) {
      const next: Settings = { ...(await readSettings(settingsFile)), ...patch };
      await writeSettings(settingsFile, next);
      return next;
    },

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
      const file = await options.chooseSavePath('pdf', `${safeFileName(reportTitle(report))}-slip.pdf`);
      if (!file) return null;
      const result = await writeSlipPdf(report, file, { language: report.meta.language, timeZone: await timeZone() });
      return { ...savedFile(file), ...result, fonts: result.fonts.map((f) => f.family) };
    },

    close: () => store.close(),
  };
}
