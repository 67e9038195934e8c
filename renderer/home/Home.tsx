// Home: the reports in the store, newest first, and what can be done with them — create, open, duplicate as
// next year's draft, delete (with undo, through the trash), export / import a package, and start from last
// year's plain text (outline import). Files to import are chosen in the main process's Open dialog (the API
// answers null when the user cancels it). Report files that cannot be opened are listed under the reports.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportProblem, TemplateSummary, TrashEntry } from '../../core/api';
import { isLanguage } from '../../core/i18n';
import type { ImportKind } from '../../core/import-limits';
import type { ReportSummary } from '../../core/model';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { CreateReportForm, type CreateValues } from './CreateReportForm';
import { RollupEntry } from '../rollup/RollupEntry';
import { RollupPage } from '../rollup/RollupPage';

type Notice = { kind: 'info' | 'error'; text: string; undoId?: string };

export function Home({ onOpen }: { onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const uiLanguage = isLanguage(i18n.language) ? i18n.language : 'zh-CN';
  const [reports, setReports] = useState<ReportSummary[] | null>(null);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [trash, setTrash] = useState<TrashEntry[]>([]);
  const [problems, setProblems] = useState<ReportProblem[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<{ kind: ImportKind; text: string } | null>(null);
  const [rollupOpen, setRollupOpen] = useState(false);

  const load = useCallback(async () => {
    const [list, bin, unloadable] = await Promise.all([api.listReports(), api.listTrash(), api.listProblems()]);
    return { list: [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), bin, unloadable };
  }, [api]);
  const show = useCallback(({ list, bin, unloadable }: Awaited<ReturnType<typeof load>>) => {
    setReports(list);
    setTrash(bin);
    setProblems(unloadable);
  }, []);
  const refresh = () => load().then(show);

  useEffect(() => {
    const failed = (err: unknown) => setNotice({ kind: 'error', text: errorText(te, err) });
    load().then(show, failed);
    api.listTemplates().then(setTemplates, failed);
  }, [api, load, show, te]);

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
      await refresh();
      setNotice({ kind: 'info', text: t('home.duplicated', { year: copy.meta.year }) });
    });
  const remove = (r: ReportSummary) =>
    run(async () => {
      await api.deleteReport(r.id);
      await refresh();
      setNotice({ kind: 'info', text: t('home.deleted', { title: r.title }), undoId: r.id });
    });
  const restore = (id: string) =>
    run(async () => {
      await api.restoreReport(id);
      await refresh();
      setNotice({ kind: 'info', text: t('home.restored') });
    });
  const exportPackage = (r: ReportSummary) =>
    run(async () => {
      const saved = await api.exportPackage(r.id);
      if (saved) setNotice({ kind: 'info', text: t('home.packageExported', { file: saved.fileName }) });
    });
  const importFile = (kind: ImportKind) => {
    setImportError(null);
    void run(
      async () => {
        const report = kind === 'package' ? await api.importPackageFile() : await api.importOutlineFile({});
        if (!report) return;
        if (kind === 'outline') onOpen(report.id);
        else {
          await refresh();
          setNotice({ kind: 'info', text: t('home.packageImported', { title: report.meta.organisation }) });
        }
      },
      (err) => setImportError({ kind, text: errorText(te, err) }),
    );
  };

  const dateFormat = new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeStyle: 'short' });
  if (rollupOpen) return <RollupPage onClose={() => setRollupOpen(false)} />;
  return (
    <div className="home">
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
                  </td>
                  <td>{r.year}</td>
                  <td>
                    <span className={`badge badge-${r.status}`}>{t(`status.report.${r.status}`)}</span>
                  </td>
                  <td>{dateFormat.format(new Date(r.updatedAt))}</td>
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
          <ImportAction
            id="import-package"
            label={t('home.importPackage')}
            hint={t('home.importPackageHint')}
            disabled={busy}
            error={importError?.kind === 'package' ? importError.text : null}
            onChoose={() => importFile('package')}
          />
          <RollupEntry onOpen={() => setRollupOpen(true)} />
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
