// The Node services behind the typed API (core/api.ts): the store, the core operations and the PDF export,
// with everything platform-specific (dialogs, the system viewer, printing, progress delivery) injected, so the
// Electron shell, the HTTP bridge and the tests run the very same code.
import path from 'node:path';
import type { Api, ExportProgress, OutlineFileOptions, Settings } from '../core/api';
import { reportTitle } from '../core/document';
import { AppError } from '../core/errors';
import type { Report } from '../core/model';
import { importOutline } from '../core/outline-import';
import { listTemplates } from '../core/templates';
import { hasErrors, validateReport } from '../core/validation';
import { safeFileName } from '../core/file-names';
import { ExportRegistry } from './services/export-registry';
import { readPackageFile, readTextFile } from './services/input-files';
import { writeReportPdf, type PdfExporter } from './services/pdf-file';
import { readSettings, writeSettings } from './services/settings-file';
import { writeDurable } from './store/durable-file';
import { PACKAGE_EXTENSION } from './store/package-format';
import { ReportStore } from './store/store';
import { createRollupService } from './rollup/rollup-service';

export type { PdfExporter, PdfFileResult } from './services/pdf-file';

export interface ServiceOptions {
  dataDir: string;
  /** A Save dialog (or the bridge's fixed folder); null when the user cancels. */
  chooseSavePath(kind: 'pdf' | 'package' | 'workbook', defaultFileName: string): Promise<string | null>;
  /** An Open dialog for a file to import, or a folder to roll up; null when the user cancels. */
  chooseOpenPath(kind: 'package' | 'outline' | 'folder'): Promise<string | null>;
  openPath(file: string): Promise<void>;
  showInFolder(file: string): Promise<void>;
  printPdf(file: string): Promise<void>;
  onExportProgress(progress: ExportProgress): void;
  now?(): Date;
  /** Open the data folder read-only (no lock; every change refused): for readers beside a running app. */
  readOnly?: boolean;
  /** The PDF writer; by default electron/pdf/export's, loaded on first export (it pulls in pdfkit and fonts). */
  exportPdfFile?: PdfExporter;
}

export type Services = Omit<Api, 'onExportProgress'> & {
  /**
   * Imports a package file already chosen: by the contract's importPackageFile after its Open dialog, by the
   * desktop shell for a package Windows hands over (double-click), by the bridge for an upload, by the CLI.
   */
  importPackageFromFile(file: string): Promise<Report>;
  /** Creates a report from a plain-text file already chosen (any of UTF-8, UTF-16, GB18030). */
  importOutlineFromFile(file: string, outline: OutlineFileOptions): Promise<Report>;
  /** Waits for pending writes and releases the data folder. */
  close(): Promise<void>;
};

export async function createServices(options: ServiceOptions): Promise<Services> {
  const now = options.now ?? (() => new Date());
  const store = await ReportStore.open(options.dataDir, { now, readOnly: options.readOnly });
  const exportsWritten = new ExportRegistry();
  const settingsFile = store.layout.settings;
  const today = () => now().toISOString().slice(0, 10);

  const savedFile = (file: string) => ({ exportId: exportsWritten.register(file), fileName: path.basename(file) });

  const refuseFinalWithErrors = async (report: Report) => {
    if (report.meta.status !== 'final') return;
    // Only the step to final is checked: a report already final keeps saving, so no typing is ever refused.
    const stored = await store.get(report.id);
    if (stored.report.meta.status === 'final') return;
    const findings = validateReport(report, { today: today() });
    if (hasErrors(findings)) {
      throw new AppError('FINAL_HAS_ERRORS', { count: findings.filter((f) => f.severity === 'error').length });
    }
  };

  const importPackageFromFile = async (file: string) => store.importPackage(await readPackageFile(file));
  const importOutlineFromFile = async (file: string, { organisation, year }: OutlineFileOptions) =>
    store.create(importOutline(await readTextFile(file), { organisation, year, now: now().toISOString() }));

  // Reads the chosen folder only: the store is never touched by a roll-up.
  const rollup = createRollupService({
    chooseOpenPath: options.chooseOpenPath,
    chooseSavePath: options.chooseSavePath,
    language: async () => (await readSettings(settingsFile)).uiLanguage,
    savedFile,
    today,
  });

  return {
    ...rollup,
    listTemplates: async () => listTemplates(),
    listReports: async () => store.list(),
    listProblems: async () => store.listProblems(),
    createReport: (args) => store.createFromTemplate(args),
    openReport: (id) => store.get(id),

    async saveReport(input) {
      const report = store.check(input);
      await refuseFinalWithErrors(report);
      const saved = await store.update(report);
      return { updatedAt: saved.updatedAt };
    },

    duplicateAsNextYear: (id) => store.duplicateAsNextYear(id),
    deleteReport: (id) => store.delete(id),
    listTrash: () => store.listTrash(),
    restoreReport: (id) => store.restore(id),

    importPackageFromFile,
    importOutlineFromFile,

    async importPackageFile() {
      const file = await options.chooseOpenPath('package');
      return file ? importPackageFromFile(file) : null;
    },

    async importOutlineFile(outline) {
      const file = await options.chooseOpenPath('outline');
      return file ? importOutlineFromFile(file, outline) : null;
    },

    async exportPackage(id) {
      const text = await store.exportPackage(id);
      const { report } = await store.get(id);
      const file = await options.chooseSavePath('package', safeFileName(reportTitle(report)) + PACKAGE_EXTENSION);
      if (!file) return null;
      await writeDurable(file, text);
      return savedFile(file);
    },

    async validateReport(id) {
      const { report } = await store.get(id);
      return validateReport(report, { today: today() });
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
        fonts: result.fonts,
        missingCharacters: result.missingCharacters,
      };
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

    close: () => store.close(),
  };
}
