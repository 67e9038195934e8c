// The commands of `report-desk`. File commands (import, text, validate, export <file>) work on report files
// with the core; data-folder commands go through the same services the app uses, with the "Save" dialog
// answered by --out / --pdf.
import { mkdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { formatLocalDateTime } from '../../core/date-time';
import { pathKey } from '../../core/doc-path';
import { reportTitle } from '../../core/document';
import { AppError, fileSystemError } from '../../core/errors';
import { errorMessage, translator } from '../../core/i18n';
import { findReportIndicatorValues } from '../../core/indicator-presets';
import { isPlausibleYear, type Language, type Report } from '../../core/model';
import { readNumber } from '../../core/number-reader';
import { renderText } from '../../core/text-render';
import { errorCount, hasErrors, validateReport } from '../../core/validation';
import type { Services } from '../services';
import { readTextFile } from '../services/input-files';
import { isPackageText } from '../services/package-format';
import { writeReportPdf } from '../services/pdf-file';
import { reportFromText, writeReportFile } from '../services/report-files';
import { defaultDataDir } from '../services/default-data-dir';
import { SIGN_OFF_COMMANDS, importIntoStore, importRevisionInto } from './signoff-commands';
import { publicReport } from '../../core/public-copy';
import { deadlineCell, exportPublicHtml, nextYearCommand } from './yearly-commands';
import { readReportDocument } from '../word-import/read-report-document';
import { exportDocx, printNotices } from './word-commands';
import { rollupCommand } from './rollup-command';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Where a long command draws its progress (stderr); absent: no progress shown. */
  progress?: { isTTY: boolean; write(text: string): void };
}

export interface Context {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  language: Language;
  t: TFunction<'cli'>;
  io: Io;
}

type OptionSpec = { type: 'string' | 'boolean' };

export interface Command {
  help:
    | 'import'
    | 'text'
    | 'validate'
    | 'export'
    | 'list'
    | 'show'
    | 'importPackage'
    | 'exportPackage'
    | 'versions'
    | 'diff'
    | 'signOff'
    | 'slip'
    | 'verify'
    | 'nextYear'
    | 'rollup';
  options: Record<string, OptionSpec>;
  /** Allowed numbers of positional arguments ('some': one or more). */
  positionals: number[] | 'some';
  required?: string[];
  run(ctx: Context): Promise<number>;
}

/** A usage mistake: reported with the command's name, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key:
      | 'unknownOption'
      | 'missingValue'
      | 'missingOption'
      | 'positionals'
      | 'badLanguage'
      | 'badYear'
      | 'exportSource'
      | 'packageGiven'
      | 'badOnDuplicate'
      | 'badVersion'
      | 'badStep'
      | 'badAttribute',
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

const dataDirOption = { 'data-dir': { type: 'string' } } as const;

/** A report file; a package given instead is a usage mistake worth its own message, not a format error. */
async function readReportFile(file: string): Promise<Report> {
  const text = await readTextFile(file);
  try {
    return reportFromText(text);
  } catch (err) {
    if (isPackageText(text)) throw new UsageError('packageGiven', { file });
    throw err;
  }
}

export const str = (ctx: Context, name: string): string | undefined => {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
};

/**
 * A file the command is to write, as an absolute path, with its folder created as needed (every command that
 * writes does so): failures name the path as the user gave it.
 */
async function outputFile(given: string): Promise<string> {
  const file = path.resolve(given);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    if ((await stat(file).catch(() => null))?.isDirectory()) throw new AppError('FILE_IS_FOLDER', { file: given });
  } catch (err) {
    // mkdir answers EEXIST when a part of the folder path is a file.
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('FILE_PATH_NOT_FOLDER', { file: given });
    throw fileSystemError(err, given) ?? err;
  }
  return file;
}

interface Access {
  /** Reads only: works beside a running app, which holds the folder's lock. */
  readOnly: boolean;
  /** The answer to the services' Save dialog (already through outputFile). */
  savePath?: string;
}

/** Runs `fn` with the data folder's services open. */
export async function withServices<T>(
  ctx: Context,
  access: Access,
  fn: (services: Services) => Promise<T>,
): Promise<T> {
  const { readOnly, savePath } = access;
  // Loaded on demand: the store (lowdb) is not needed by commands that only read and write files.
  const { createServices } = await import('../services');
  const services = await createServices({
    dataDir: str(ctx, 'data-dir') ?? defaultDataDir(ctx.io.env),
    readOnly,
    chooseSavePath: async () => savePath ?? null,
    // Files to read come on the command line: there is no Open dialog to answer.
    chooseOpenPath: async () => null,
    openPath: async () => undefined,
    showInFolder: async () => undefined,
    printPdf: async () => undefined,
    onExportProgress: () => undefined,
  });
  try {
    return await fn(services);
  } finally {
    await services.close();
  }
}

/** The PDF in the report's own language: --lang (like REPORT_DESK_LANG) chooses only the messages. */
async function exportPdf(ctx: Context, report: Report, out: string): Promise<number> {
  const result = await writeReportPdf(report, await outputFile(out), { forceDraft: ctx.values.draft === true });
  for (const m of result.missingCharacters) {
    ctx.io.err(
      ctx.t('missingCharacter', {
        char: m.char,
        codePoint: m.codePoint.toString(16).toUpperCase().padStart(4, '0'),
        path: m.path,
      }),
    );
  }
  // Which faces came with the program is said in words of the user's language, not as a tag.
  const fonts = result.fonts.map((f) =>
    f.source === 'bundled' ? ctx.t('bundledFont', { family: f.family }) : f.family,
  );
  ctx.io.out(ctx.t('pdfExported', { out, pages: result.pages, fonts: fonts.join(ctx.t('listSeparator')) }));
  return 0;
}

/**
 * The report to export: a report file, or a report of the data folder given by --id or in place of the file
 * (a name that is no file and does not end in .json is taken for a report id).
 */
async function exportSource(ctx: Context): Promise<Report> {
  const id = str(ctx, 'id');
  const [source] = ctx.positionals;
  if ((source === undefined) === (id === undefined)) throw new UsageError('exportSource');
  const isFile = source !== undefined && (source.toLowerCase().endsWith('.json') || existsSync(source));
  if (source !== undefined && isFile) return readReportFile(source);
  const reportId = id ?? source!;
  return withServices(ctx, { readOnly: true }, async (services) => (await services.openReport(reportId)).report);
}

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = readNumber(value);
  if (year === null || !isPlausibleYear(year)) throw new UsageError('badYear', { value });
  return year;
}

export const COMMANDS: Record<string, Command> = {
  import: {
    help: 'import',
    options: {
      out: { type: 'string' },
      into: { type: 'string' },
      organisation: { type: 'string' },
      year: { type: 'string' },
      indicators: { type: 'string' },
      ...dataDirOption,
    },
    positionals: [1],
    async run(ctx) {
      const [source] = ctx.positionals as [string];
      const out = str(ctx, 'out');
      const into = str(ctx, 'into');
      const outline = {
        organisation: str(ctx, 'organisation'),
        year: parseYear(str(ctx, 'year')),
        indicatorPreset: str(ctx, 'indicators'),
      };
      if (into !== undefined) return importRevisionInto(ctx, source, into);
      if (out === undefined) return importIntoStore(ctx, source, outline);
      const { report, notices, text } = await readReportDocument(source, outline);
      printNotices(ctx, notices);
      const tp = translator(ctx.language, 'indicatorPresets');
      for (const doubt of findReportIndicatorValues(report, text).unsure) {
        const label = report.indicators.find((i) => i.id === doubt.indicatorId)?.label ?? '';
        ctx.io.err(tp('unsureLine', { label, candidates: doubt.candidates.join(` ${tp('or')} `) }));
      }
      await writeReportFile(await outputFile(out), report);
      ctx.io.out(ctx.t('imported', { title: reportTitle(report), out }));
      return 0;
    },
  },

  text: {
    help: 'text',
    options: {},
    positionals: [1],
    async run(ctx) {
      ctx.io.out(renderText(await readReportFile(ctx.positionals[0]!)).replace(/\n$/, ''));
      return 0;
    },
  },

  validate: {
    help: 'validate',
    options: { json: { type: 'boolean' } },
    positionals: [1],
    async run(ctx) {
      const findings = validateReport(await readReportFile(ctx.positionals[0]!));
      if (ctx.values.json) {
        ctx.io.out(JSON.stringify(findings, null, 2));
      } else {
        for (const f of findings) {
          ctx.io.out(
            ctx.t('findings.line', {
              severity: ctx.t(f.severity === 'error' ? 'findings.error' : 'findings.warning'),
              code: f.code,
              path: pathKey(f.path),
              message: f.message[ctx.language],
            }),
          );
        }
        const errors = errorCount(findings);
        ctx.io.out(
          findings.length
            ? ctx.t('findings.summary', { errors, warnings: findings.length - errors })
            : ctx.t('findings.none'),
        );
      }
      return hasErrors(findings) ? 1 : 0;
    },
  },

  export: {
    help: 'export',
    options: {
      pdf: { type: 'string' },
      html: { type: 'string' },
      public: { type: 'boolean' },
      docx: { type: 'string' },
      draft: { type: 'boolean' },
      id: { type: 'string' },
      ...dataDirOption,
    },
    positionals: [0, 1],
    async run(ctx) {
      const pdf = str(ctx, 'pdf');
      const html = str(ctx, 'html');
      const docx = str(ctx, 'docx');
      if (pdf === undefined && html === undefined && docx === undefined)
        throw new UsageError('missingOption', { option: '--pdf / --docx / --html' });
      const report = await exportSource(ctx);
      if (html !== undefined) await exportPublicHtml(ctx, report, html);
      if (docx !== undefined) await exportDocx(ctx, ctx.values.public ? publicReport(report) : report, docx);
      return pdf === undefined ? 0 : exportPdf(ctx, ctx.values.public ? publicReport(report) : report, pdf);
    },
  },

  list: {
    help: 'list',
    options: { ...dataDirOption },
    positionals: [0],
    async run(ctx) {
      const [reports, problems, settings] = await withServices(ctx, { readOnly: true }, (services) =>
        Promise.all([services.listReports(), services.listProblems(), services.getSettings()]),
      );
      // On stderr: stdout stays one tab-separated line per report for scripts.
      for (const problem of problems) {
        ctx.io.err(ctx.t('list.problem', { id: problem.id, message: errorMessage(ctx.language, problem) }));
      }
      for (const r of reports.filter((report) => report.restoredFrom)) {
        const backup = formatLocalDateTime(r.restoredFrom!, ctx.language);
        const message = errorMessage(ctx.language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } });
        ctx.io.err(ctx.t('list.restored', { id: r.id, message }));
      }
      if (reports.length === 0)
        ctx.io.out(ctx.t('list.empty', { dir: str(ctx, 'data-dir') ?? defaultDataDir(ctx.io.env) }));
      for (const r of reports) {
        ctx.io.out(
          [
            r.id,
            r.year,
            translator(ctx.language, 'signoff')(`state.${r.status}`),
            deadlineCell(r, settings, ctx.language),
            formatLocalDateTime(r.updatedAt, ctx.language),
            r.title,
          ].join('\t'),
        );
      }
      return 0;
    },
  },

  show: {
    help: 'show',
    options: { ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const opened = await withServices(ctx, { readOnly: true }, (services) =>
        services.openReport(ctx.positionals[0]!),
      );
      if (opened.restoredFrom) {
        const backup = formatLocalDateTime(opened.restoredFrom, ctx.language);
        const message = errorMessage(ctx.language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } });
        ctx.io.err(ctx.t('restored', { message }));
      }
      ctx.io.out(JSON.stringify(opened.report, null, 2));
      return 0;
    },
  },

  'import-package': {
    help: 'importPackage',
    options: { 'on-duplicate': { type: 'string' }, ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const file = ctx.positionals[0]!;
      const onDuplicate = str(ctx, 'on-duplicate') ?? 'ask';
      if (onDuplicate !== 'ask' && onDuplicate !== 'replace' && onDuplicate !== 'keep-both') {
        throw new UsageError('badOnDuplicate', { value: onDuplicate });
      }
      const report = await withServices(ctx, { readOnly: false }, (services) =>
        services.importPackageFromFile(file, onDuplicate),
      ).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'PACKAGE_ALREADY_IMPORTED') {
          ctx.io.err(`${errorMessage(ctx.language, err)}${ctx.t('duplicateHint')}`);
          return null;
        }
        throw err;
      });
      if (!report) return 2;
      ctx.io.out(ctx.t('packageImported', { title: reportTitle(report), id: report.id }));
      return 0;
    },
  },

  'next-year': nextYearCommand,

  'export-package': {
    help: 'exportPackage',
    options: { out: { type: 'string' }, ...dataDirOption },
    positionals: [1],
    required: ['out'],
    async run(ctx) {
      const out = str(ctx, 'out')!;
      await withServices(ctx, { readOnly: true, savePath: await outputFile(out) }, (services) =>
        services.exportPackage(ctx.positionals[0]!),
      );
      ctx.io.out(ctx.t('packageExported', { out }));
      return 0;
    },
  },

  ...SIGN_OFF_COMMANDS,
  rollup: rollupCommand,
};
