// The commands of `report-desk`. File commands (import, text, validate, export <file>) work on report files
// with the core; data-folder commands go through the same services the app uses, with the "Save" dialog
// answered by --out / --pdf.
import { existsSync } from 'node:fs';
import { formatLocalDateTime, todayIn } from '../../core/date-time';
import { pathKey } from '../../core/doc-path';
import { reportTitle } from '../../core/document';
import { AppError } from '../../core/errors';
import { errorMessage, translator } from '../../core/i18n';
import { findReportIndicatorValues } from '../../core/indicator-presets';
import type { Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { errorCount, hasErrors, validateReport } from '../../core/validation';
import { readReportFileText } from '../files/input-files';
import { writeOutput } from '../services/output-formats';
import { reportFromText, writeReportFile } from '../services/report-files';
import { UsageError, dataDirOption, parseYear, str, type Command, type Context } from './command';
import { dataDirOf, officeZone, withServices } from './data-folder';
import { SIGN_OFF_COMMANDS, importIntoStore, importRevisionInto } from './signoff-commands';
import { deadlineCell, exportPublicHtml, nextYearCommand } from './yearly-commands';
import { readReportDocument } from '../services/document-files';
import { exportDocx, printNotices } from './word-commands';
import { rollupCommand } from './rollup-command';
import { reportView } from './report-view';

/** A report file; any other file (a package, a Word file, a PDF) is refused naming what it is. */
async function readReportFile(file: string): Promise<Report> {
  return reportFromText(await readReportFileText(file));
}

/**
 * The PDF (or with --public the public copy's) in the report's own language: --lang (like REPORT_DESK_LANG)
 * chooses only the messages.
 */
async function exportPdf(ctx: Context, report: Report, out: string): Promise<number> {
  const kind = ctx.values.public ? 'public-pdf' : 'pdf';
  const result = await writeOutput(kind, report, out, { forceDraft: ctx.values.draft === true });
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

export const COMMANDS: Record<string, Command> = {
  import: {
    help: 'import',
    options: {
      out: { type: 'string', output: true },
      into: { type: 'string' },
      take: { type: 'string' },
      'take-metadata': { type: 'boolean' },
      'take-indicators': { type: 'boolean' },
      name: { type: 'string' },
      organisation: { type: 'string' },
      year: { type: 'string' },
      indicators: { type: 'string' },
      anyway: { type: 'boolean' },
      ...dataDirOption,
    },
    positionals: [1],
    async run(ctx) {
      const [source] = ctx.positionals as [string];
      // A text with no chapters is imported only when the user says it is the one (IMPORT_NOT_A_REPORT_TEXT).
      const anyway = ctx.values.anyway === true;
      const out = str(ctx, 'out');
      const into = str(ctx, 'into');
      const outline = {
        organisation: str(ctx, 'organisation'),
        year: parseYear(str(ctx, 'year')),
        indicatorPreset: str(ctx, 'indicators'),
        anyway,
      };
      if (into !== undefined) {
        // Who accepted the revision is recorded on its version, as every step's person is.
        const name = str(ctx, 'name');
        if (!name?.trim()) throw new UsageError('intoNeedsName');
        return importRevisionInto(ctx, source, into, name, {
          take: str(ctx, 'take'),
          metadata: ctx.values['take-metadata'] === true,
          indicators: ctx.values['take-indicators'] === true,
          anyway,
        });
      }
      if (out === undefined) return importIntoStore(ctx, source, outline);
      const { report, notices, text } = await readReportDocument(source, {
        ...outline,
        timeZone: await officeZone(ctx),
      });
      printNotices(ctx, notices);
      const tp = translator(ctx.language, 'indicatorPresets');
      for (const doubt of findReportIndicatorValues(report, text).unsure) {
        const label = report.indicators.find((i) => i.id === doubt.indicatorId)?.label ?? '';
        ctx.io.err(tp('unsureLine', { label, candidates: doubt.candidates.join(` ${tp('or')} `) }));
      }
      await writeReportFile(out, report);
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
      const today = todayIn(await officeZone(ctx));
      const findings = validateReport(await readReportFile(ctx.positionals[0]!), { today });
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
      pdf: { type: 'string', output: true },
      html: { type: 'string', output: true },
      public: { type: 'boolean' },
      docx: { type: 'string', output: true },
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
      if (docx !== undefined) await exportDocx(ctx, report, docx);
      return pdf === undefined ? 0 : exportPdf(ctx, report, pdf);
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
      const timeZone = await officeZone(ctx);
      // On stderr: stdout stays one tab-separated line per report for scripts.
      for (const problem of problems) {
        ctx.io.err(ctx.t('list.problem', { id: problem.id, message: errorMessage(ctx.language, problem) }));
      }
      for (const r of reports.filter((report) => report.restoredFrom)) {
        const backup = formatLocalDateTime(r.restoredFrom!, ctx.language, timeZone);
        const message = errorMessage(ctx.language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } });
        ctx.io.err(ctx.t('list.restored', { id: r.id, message }));
      }
      if (reports.length === 0) ctx.io.out(ctx.t('list.empty', { dir: dataDirOf(ctx) }));
      for (const r of reports) {
        ctx.io.out(
          [
            r.id,
            r.year,
            translator(ctx.language, 'signoff')(`state.${r.status}`),
            deadlineCell(r, settings, ctx.language, todayIn(timeZone)),
            formatLocalDateTime(r.updatedAt, ctx.language, timeZone),
            r.title,
          ].join('\t'),
        );
      }
      return 0;
    },
  },

  show: {
    help: 'show',
    options: { json: { type: 'boolean' }, ...dataDirOption },
    positionals: [1],
    async run(ctx) {
      const opened = await withServices(ctx, { readOnly: true }, (services) =>
        services.openReport(ctx.positionals[0]!),
      );
      const timeZone = await officeZone(ctx);
      if (opened.restoredFrom) {
        const backup = formatLocalDateTime(opened.restoredFrom, ctx.language, timeZone);
        const message = errorMessage(ctx.language, { code: 'REPORT_CORRUPT_RESTORED', params: { backup } });
        ctx.io.err(ctx.t('restored', { message }));
      }
      ctx.io.out(ctx.values.json ? JSON.stringify(opened.report, null, 2) : reportView(ctx, opened.report, timeZone));
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
      const imported = await withServices(ctx, { readOnly: false }, (services) =>
        services.importPackageFromFile(file, onDuplicate),
      ).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'PACKAGE_ALREADY_IMPORTED') {
          const hint = err.params.context === 'locked' ? 'duplicateSignedHint' : 'duplicateHint';
          ctx.io.err(`${errorMessage(ctx.language, err)}${ctx.t(hint)}`);
          return null;
        }
        throw err;
      });
      if (!imported) return 2;
      const { report, notices } = imported;
      for (const notice of notices) ctx.io.err(translator(ctx.language, 'signoff')(`packageNotice.${notice}`));
      ctx.io.out(ctx.t('packageImported', { title: reportTitle(report), id: report.id }));
      return 0;
    },
  },

  'next-year': nextYearCommand,

  'export-package': {
    help: 'exportPackage',
    options: { out: { type: 'string', output: true }, ...dataDirOption },
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

  ...SIGN_OFF_COMMANDS,
  rollup: rollupCommand,
};
