// Home: the reports in the store, newest first, and what can be done with them — create, open, duplicate as
// next year's draft, delete (with undo, through the trash), export / import a package, and start from last
// year's plain text (outline import). Files to import are chosen in the main process's Open dialog (the API
// answers null when the user cancels it). Report files that cannot be opened are listed under the reports.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DuplicateChoice,
  ImportedDocument,
  ImportedPackage,
  ReportProblem,
  TemplateSummary,
  TrashEntry,
} from '../../core/api';
import { languageOrDefault } from '../../core/i18n';
import type { ImportKind } from '../../core/import-limits';
import type { ReportSummary } from '../../core/model';
import { byUpdatedDesc } from '../../core/report-ops';
import { useApi, useStoreChanges } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import { PresetSelect } from '../components/PresetSelect';
import { formatLocalDateTime } from '../../core/date-time';
import { AppError } from '../../core/errors';
import { NextYearImportOption } from '../yearly/NextYearImportOption';
import { CalendarSettings, DeadlineCell, useDeadlineSettings } from '../yearly/ReportingCalendar';
import { CreateReportForm, type CreateValues } from './CreateReportForm';
import { DuplicatePackage, type PendingDuplicate } from './DuplicatePackage';
import { NotAReport, type PendingNotAReport } from './NotAReport';
import { ImportNotices } from './ImportNotices';
import { RollupPage } from '../rollup/RollupPage';
import { PageEntry } from './PageEntry';
import { VerifyPage } from '../verify/VerifyPage';

type Notice = { kind: 'info' | 'error'; text: string; undoId?: string };

export function Home({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const { t: te } = useTranslation('errors');
  const { t: ty } = useTranslation('yearly');
  const { t: ts } = useTranslation('signoff');
  const { t: tr } = useTranslation('rollup');
  const api = useApi();
  const { deadlines, save: saveDeadlines } = useDeadlineSettings(api);
  const [startNextYear, setStartNextYear] = useState(false);
  const uiLanguage = languageOrDefault(i18n.language);
  const timeZone = useOfficeTimeZone();
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [trash, setTrash] = useState<TrashEntry[]>([]);
  const [problems, setProblems] = useState<ReportProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<{ kind: ImportKind; text: string } | null>(null);
  const [pendingDuplicate, setPendingDuplicate] = useState<PendingDuplicate | null>(null);
  const [pendingNotAReport, setPendingNotAReport] = useState<PendingNotAReport | null>(null);
  /** The indicator set for an outline import; '' lets the imported unit's name suggest it. */
  const [importPreset, setImportPreset] = useState('');
  const [imported, setImported] = useState<ImportedDocument | null>(null);
  const [rollupOpen, setRollupOpen] = useState(false);
  const [verifyOpen, setVerifyOpen] = useState(false);

  const load = useCallback(async () => {
    const [list, bin, unloadable] = await Promise.all([api.listReports(), api.listTrash(), api.listProblems()]);
    return { list: [...list].sort(byUpdatedDesc), bin, unloadable };
  }, [api]);
  const show = useCallback(({ list, bin, unloadable }: Awaited<ReturnType<typeof load>>) => {
    setReports(list);
    setTrash(bin);
    setProblems(unloadable);
  }, []);
  // Read again after every change to the store, whoever made it (store-writes.ts).
  const storeChanges = useStoreChanges();
  useEffect(() => {
    load().then(show, (err: unknown) => setNotice({ kind: 'error', text: errorText(te, err) }));
  }, [load, show, te, storeChanges]);
  useEffect(() => {
    api.listTemplates().then(setTemplates, (err: unknown) => setNotice({ kind: 'error', text: errorText(te, err) }));
  }, [api, te]);

  /** Runs an action with the buttons disabled; a failure shows in the notice unless `failed` places it elsewhere. */
  const run = async (
    action: () => Promise<void>,
    failed = (err: unknown) => setNotice({ kind: 'error', text: errorText(te, err) }),
  ) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const create = (v: CreateValues) => run(async () => onOpen((await api.createReport(v)).id));
  const duplicate = (r: ReportSummary) =>
    run(async () => {
      const copy = await api.duplicateAsNextYear(r.id);
      setNotice({ kind: 'info', text: t('home.duplicated', { year: copy.meta.year }) });
    });
  const remove = (r: ReportSummary) =>
    run(async () => {
      await api.deleteReport(r.id);
      setNotice({ kind: 'info', text: t('home.deleted', { title: r.title }), undoId: r.id });
    });
  /** A report whose file was deleted outside the program: its entry goes (there is nothing to trash). */
  const forget = (id: string) => run(() => api.deleteReport(id));
  const restore = (id: string) =>
    run(async () => {
      await api.restoreReport(id);
      setNotice({ kind: 'info', text: t('home.restored') });
    });
  const exportPackage = (r: ReportSummary) =>
    run(async () => {
      const saved = await api.exportPackage(r.id);
      if (saved) setNotice({ kind: 'info', text: t('home.packageExported', { file: saved.fileName }) });
    });
  const packageImported = ({ report, notices }: ImportedPackage) => {
    const told = notices.map((notice) => ts(`packageNotice.${notice}`));
    const text = [t('home.packageImported', { title: report.meta.organisation }), ...told].join(' ');
    setNotice({ kind: 'info', text });
  };
  /** An imported document: its notices shown first where it has any, else the report opened. */
  const outlineImported = (document: ImportedDocument) => {
    if (document.notices.length) setImported(document);
    else onOpen(document.report.id);
  };
  const importFile = (kind: ImportKind) => {
    setImportError(null);
    setPendingDuplicate(null);
    setPendingNotAReport(null);
    void run(
      async () => {
        if (kind === 'outline') {
          const document = await api.importOutlineFile({
            nextYear: startNextYear,
            ...(importPreset ? { indicatorPreset: importPreset } : {}),
          });
          if (document) outlineImported(document);
          return;
        }
        const imported = await api.importPackageFile();
        if (imported) packageImported(imported);
      },
      (err) => {
        if (err instanceof AppError && err.code === 'PACKAGE_ALREADY_IMPORTED') {
          const locked = err.params.context === 'locked';
          setPendingDuplicate({ importId: String(err.params.importId), text: errorText(te, err), locked });
        } else if (err instanceof AppError && err.code === 'IMPORT_NOT_A_REPORT_TEXT') {
          setPendingNotAReport({ importId: String(err.params.importId), text: errorText(te, err) });
        } else setImportError({ kind, text: errorText(te, err) });
      },
    );
  };
  const answerNotAReport = (importId: string, importAnyway: boolean) => {
    setPendingNotAReport(null);
    if (importAnyway) void run(async () => outlineImported(await api.confirmOutlineImport(importId)));
  };
  const answerDuplicate = (importId: string, choice: DuplicateChoice | null) => {
    setPendingDuplicate(null);
    if (choice) void run(async () => packageImported(await api.resolvePackageImport(importId, choice)));
  };

  if (rollupOpen) return <RollupPage onClose={() => setRollupOpen(false)} onOpen={onOpen} />;
  if (verifyOpen) return <VerifyPage onClose={() => setVerifyOpen(false)} />;
  return (
    <div className="home">
      {imported && <ImportNotices imported={imported} onOpen={onOpen} />}
      {notice && (
        <div
          className={notice.kind === 'error' ? 'alert alert-error notice' : 'alert notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.text}</span>
          {notice.undoId && (
            <button type="button" onClick={() => void restore(notice.undoId!)}>
              {t('home.undoDelete')}
            </button>
          )}
          <button type="button" className="icon-button" onClick={() => setNotice(null)} aria-label={t('home.dismiss')}>
            ×
          </button>
        </div>
      )}
      <section className="panel" aria-labelledby="reports-title">
        <h2 id="reports-title">{t('home.reportsTitle')}</h2>
        {reports === null ? (
          <p role="status">{t('app.loading')}</p>
        ) : reports.length === 0 ? (
          <p className="empty">{t('home.noReports')}</p>
        ) : (
          <table className="report-table">
            <thead>
              <tr>
                <th scope="col">{t('home.colTitle')}</th>
                <th scope="col">{t('home.colYear')}</th>
                <th scope="col">{t('home.colStatus')}</th>
                <th scope="col">{ty('calendar.colDeadline')}</th>
                <th scope="col">{t('home.colUpdated')}</th>
                <th scope="col">{t('home.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td>
                    <button type="button" className="link-button report-open" onClick={() => onOpen(r.id)}>
                      {r.title}
                    </button>
                    <div className="sub">{r.organisation}</div>
                    {r.restoredFrom && (
                      <div className="sub restored">
                        {te('REPORT_CORRUPT_RESTORED', {
                          backup: formatLocalDateTime(r.restoredFrom, uiLanguage, timeZone),
                        })}
                      </div>
                    )}
                  </td>
                  <td>{r.year}</td>
                  <td>
                    <span className={`badge badge-${r.status}`}>{t(`status.report.${r.status}`)}</span>
                  </td>
                  <td>
                    <DeadlineCell report={r} deadlines={deadlines} />
                  </td>
                  <td>{formatLocalDateTime(r.updatedAt, uiLanguage, timeZone)}</td>
                  <td className="actions">
                    <button
                      type="button"
                      onClick={() => onOpen(r.id)}
                      aria-label={t('home.openNamed', { title: r.title })}
                    >
                      {t('home.open')}
                    </button>
                    <button
                      type="button"
                      onClick={() => void duplicate(r)}
                      aria-label={t('home.duplicateNamed', { title: r.title })}
                      disabled={busy}
                    >
                      {t('home.duplicate')}
                    </button>
                    <button
                      type="button"
                      onClick={() => void exportPackage(r)}
                      aria-label={t('home.exportNamed', { title: r.title })}
                      disabled={busy}
                    >
                      {t('home.exportPackage')}
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={() => void remove(r)}
                      aria-label={t('home.deleteNamed', { title: r.title })}
                      disabled={busy}
                    >
                      {t('home.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {problems.length > 0 && (
          <div className="problems">
            <p id="problems-title">{t('home.problemsTitle')}</p>
            <ul aria-labelledby="problems-title">
              {problems.map((problem) => (
                <li key={problem.id} className="finding finding-error">
                  {errorText(te, problem)}
                  {problem.code === 'REPORT_FILE_MISSING' && (
                    <button type="button" onClick={() => void forget(problem.id)} disabled={busy}>
                      {t('home.forgetMissing')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <div className="home-columns">
        <section className="panel">
          <CreateReportForm templates={templates} onCreate={(v) => void create(v)} busy={busy} />
        </section>
        <section className="panel" aria-labelledby="import-title">
          <h2 id="import-title">{t('home.importTitle')}</h2>
          <ImportAction
            id="import-outline"
            label={t('home.importOutline')}
            hint={t('home.importOutlineHint')}
            disabled={busy}
            error={importError?.kind === 'outline' ? importError.text : null}
            onChoose={() => importFile('outline')}
          />
          <PresetSelect
            id="import-indicator-preset"
            value={importPreset}
            suggested=""
            onChange={setImportPreset}
            automatic
          />
          <NextYearImportOption checked={startNextYear} onChange={setStartNextYear} />
          <ImportAction
            id="import-package"
            label={t('home.importPackage')}
            hint={t('home.importPackageHint')}
            disabled={busy}
            error={importError?.kind === 'package' ? importError.text : null}
            onChoose={() => importFile('package')}
          />
          {pendingNotAReport && (
            <NotAReport
              pending={pendingNotAReport}
              disabled={busy}
              onAnswer={(importAnyway) => answerNotAReport(pendingNotAReport.importId, importAnyway)}
            />
          )}
          {pendingDuplicate && (
            <DuplicatePackage
              pending={pendingDuplicate}
              disabled={busy}
              onAnswer={(choice) => answerDuplicate(pendingDuplicate.importId, choice)}
            />
          )}
          <PageEntry
            id="open-rollup"
            title={tr('page.entryTitle')}
            button={tr('page.entryButton')}
            hint={tr('page.entryHint')}
            onOpen={() => setRollupOpen(true)}
          />
          <PageEntry
            id="open-verify"
            title={ts('verify.page.title')}
            button={ts('verify.page.open')}
            hint={ts('verify.page.entryHint')}
            onOpen={() => setVerifyOpen(true)}
          />
          {trash.length > 0 && (
            <>
              <h3>{t('home.trashTitle')}</h3>
              <ul className="trash">
                {trash.map((entry) => (
                  <li key={entry.id}>
                    <span>{entry.title}</span>
                    <button
                      type="button"
                      onClick={() => void restore(entry.id)}
                      aria-label={t('home.restoreNamed', { title: entry.title })}
                    >
                      {t('home.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel">
          <CalendarSettings deadlines={deadlines} onSave={saveDeadlines} />
        </section>
      </div>
    </div>
  );
}

/** A button that opens the Open dialog, its hint, and what went wrong with the last file chosen. */
function ImportAction({
  id,
  label,
  hint,
  disabled,
  error,
  onChoose,
}: {
  id: string;
  label: string;
  hint: string;
  disabled: boolean;
  error: string | null;
  onChoose(): void;
}) {
  return (
    <div className="field import-action">
      <button
        type="button"
        id={id}
        disabled={disabled}
        onClick={onChoose}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      >
        {label}
      </button>
      {error && (
        <span className="finding finding-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  );
}
