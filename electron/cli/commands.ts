// The commands of `report-desk`. File commands (import, text, validate, export <file>) work on report files
// with the core; data-folder commands go through the same services the app uses, with the "Save" dialog
// answered by --out / --pdf.
import path from 'node:path';
import type { TFunction } from 'i18next';
import { formatLocalDateTime } from '../../core/date-time';
import { reportTitle } from '../../core/document';
import { errorMessage } from '../../core/i18n';
import { isPlausibleYear, type Language, type Report } from '../../core/model';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { hasErrors, validateReport } from '../../core/validation';
import type { Services } from '../services';
import { readTextFile } from '../services/input-files';
import { writeReportPdf } from '../services/pdf-file';
import { defaultDataDir } from '../store/default-data-dir';
import { writeDurable } from '../store/durable-file';
import { isPackageText } from '../store/package-format';
import { decodeReport } from '../store/report-codec';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
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
  help: 'import' | 'text' | 'validate' | 'export' | 'list' | 'show' | 'importPackage' | 'exportPackage';
  options: Record<string, OptionSpec>;
  /** Allowed numbers of positional arguments. */
  positionals: number[];
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
      | 'packageGiven',
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
    return decodeReport(text).report;
  } catch (err) {
    if (isPackageText(text)) throw new UsageError('packageGiven', { file });
    throw err;
  }
}

const str = (ctx: Context, name: string): string | undefined => {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
};

interface Access {
  /** Reads only: works beside a running app, which holds the folder's lock. */
  readOnly: boolean;
  /** The answer to the services' Save dialog. */
  savePath?: string;
}

/** Runs `fn` with the data folder's services open. */
async function withServices<T>(ctx: Context, access: Access, fn: (services: Services) => Promise<T>): Promise<T> {
  const { readOnly, savePath } = access;
  // Loaded on demand: the store (lowdb, atomically) is not needed by commands that only read and write files.
  const { createServices } = await import('../services');
  const services = await createServices({
    dataDir: str(ctx, 'data-dir') ?? defaultDataDir(ctx.io.env),
    readOnly,
    chooseSavePath: async () => (savePath ? path.resolve(savePath) : null),
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

async function exportPdf(ctx: Context, report: Report, out: string): Promise<number> {
  const result = await writeReportPdf(report, path.resolve(out), {
    forceDraft: ctx.values.draft === true,
    ...(str(ctx, 'lang') ? { language: ctx.language } : {}),
  });
  for (const m of result.missingCharacters) {
    ctx.io.err(
      ctx.t('missingCharacter', {
        char: m.char,
        codePoint: m.codePoint.toString(16).toUpperCase().padStart(4, '0'),
        path: m.path,
      }),
    );
  }
  ctx.io.out(ctx.t('pdfExported', { out, pages: result.pages, fonts: result.fonts.join(', ') }));
  return 0;
}

function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!isPlausibleYear(year)) throw new UsageError('badYear', { value });
  return year;
}

export const COMMANDS: Record<string, Command> = {
  import: {
    help: 'import',
    options: { out: { type: 'string' }, organisation: { type: 'string' }, year: { type: 'string' } },
    positionals: [1],
    required: ['out'],
    async run(ctx) {
      const [source] = ctx.positionals as [string];
      const out = str(ctx, 'out')!;
      const report = importOutline(await readTextFile(source), {
        organisation: str(ctx, 'organisation'),
        year: parseYear(str(ctx, 'year')),
      });
      // Indented: a report file made here is meant to be read and kept by people too.
      await writeDurable(path.resolve(out), JSON.stringify(report, null, 2) + '\n');
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
              path: f.path.join('.'),
              message: f.message[ctx.language],
            }),
          );
        }
        const errors = findings.filter((f) => f.severity === 'error').length;
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
    options: { pdf: { type: 'string' }, draft: { type: 'boolean' }, id: { type: 'string' }, ...dataDirOption },
    positionals: [0, 1],
    required: ['pdf'],
    async run(ctx) {
      const out = str(ctx, 'pdf')!;
      const id = str(ctx, 'id');
      if (ctx.positionals.length === 1 && id === undefined)
        return exportPdf(ctx, await readReportFile(ctx.positionals[0]!), out);
      if (ctx.positionals.length === 0 && id !== undefined) {
        const report = await withServices(
          ctx,
          { readOnly: true },
          async (services) => (await services.openReport(id)).report,
        );
        return exportPdf(ctx, report, out);
      }
      throw new UsageError('exportSource');
    },
  },

  list: {
    help: 'list',
    options: { ...dataDirOption },
    positionals: [0],
    async run(ctx) {
      const [reports, problems] = await withServices(ctx, { readOnly: true }, (services) =>
        Promise.all([services.listReports(), services.listProblems()]),
      );
      // On stderr: stdout stays one tab-separated line per report for scripts.
      for (const problem of problems) {
        ctx.io.err(ctx.t('list.problem', { id: problem.id, message: errorMessage(ctx.language, problem) }));
      }
      if (reports.length === 0)
        ctx.io.out(ctx.t('list.empty', { dir: str(ctx, 'data-dir') ?? defaultDataDir(ctx.io.env) }));
      for (const r of reports) {
        ctx.io.out(
          [r.id, r.year, ctx.t(r.status === 'final' ? 'list.final' : 'list.draft'), r.updatedAt, r.title].join('\t'),
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
    options: { ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const file = ctx.positionals[0]!;
      const report = await withServices(ctx, { readOnly: false }, (services) => services.importPackageFromFile(file));
      ctx.io.out(ctx.t('packageImported', { title: reportTitle(report), id: report.id }));
      return 0;
    },
  },

  'export-package': {
    help: 'exportPackage',
    options: { out: { type: 'string' }, ...dataDirOption },
    positionals: [1],
    required: ['out'],
    async run(ctx) {
      const out = str(ctx, 'out')!;
      await withServices(ctx, { readOnly: true, savePath: out }, (services) =>
        services.exportPackage(ctx.positionals[0]!),
      );
      ctx.io.out(ctx.t('packageExported', { out }));
      return 0;
    },
  },
};
