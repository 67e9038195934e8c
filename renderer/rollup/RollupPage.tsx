// 汇总: the district office rolls up the departments' reports it received. The folder is chosen in the main
// process's Open dialog; the page shows the progress, then the table, and exports the workbook through the
// Save dialog (then open it, or show it in its folder). The roll-up only reads: no report is changed.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedFile } from '../../core/api';
import { yearIn } from '../../core/date-time';
import { isPlausibleYear } from '../../core/model';
import { readNumber } from '../../core/number-reader';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import { RollupCharts } from './RollupCharts';
import { RollupTable } from './RollupTable';
import { DistrictDraftDialog } from './DistrictDraftDialog';
import { draftYear } from '../../core/district-draft';
import { useRollupJob } from './use-rollup-job';

export function RollupPage({ onClose, onOpen }: { onClose(): void; onOpen(reportId: string): void }) {
  const { t } = useTranslation('rollup');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const timeZone = useOfficeTimeZone();
  const [year, setYear] = useState(() => String(yearIn(timeZone) - 1));
  const [expected, setExpected] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedFile | null>(null);
  const [exporting, setExporting] = useState(false);
  const failed = useCallback((err: unknown) => setError(errorText(te, err)), [te]);
  const { job, status, running, start } = useRollupJob(failed);
  const yearValue = year.trim() ? (readNumber(year) ?? NaN) : undefined;
  const yearValid = yearValue === undefined || isPlausibleYear(yearValue);

  const choose = async () => {
    setError(null);
    setSaved(null);
    try {
      await start({ year: yearValue, expected });
    } catch (err) {
      failed(err);
    }
  };

  const exportWorkbook = async () => {
    if (!job) return;
    setError(null);
    setExporting(true);
    try {
      setSaved(await api.exportRollup(job.jobId));
    } catch (err) {
      failed(err);
    } finally {
      setExporting(false);
    }
  };

  const fileAction = (action: (exportId: string) => Promise<void>) => () => {
    if (saved) action(saved.exportId).catch(failed);
  };

  const result = status?.result ?? null;
  const failure = status?.error ?? null;
  return (
    <div className="rollup-page">
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('page.back')}
        </button>
      </div>
      <section className="panel" aria-labelledby="rollup-title">
        <h2 id="rollup-title">{t('page.heading')}</h2>
        <p className="hint">{t('page.intro')}</p>
        <p className="hint rollup-kinds">{t('page.kinds')}</p>
        <div className="field">
          <label htmlFor="rollup-year">{t('page.year')}</label>
          <input
            id="rollup-year"
            type="text"
            inputMode="numeric"
            value={year}
            placeholder={t('page.allYears')}
            aria-invalid={!yearValid}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="rollup-expected">{t('page.expectedLabel')}</label>
          <textarea id="rollup-expected" rows={4} value={expected} onChange={(e) => setExpected(e.target.value)} />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="primary"
            id="rollup-choose"
            disabled={running || !yearValid}
            onClick={() => void choose()}
          >
            {t('page.chooseFolder')}
          </button>
        </div>
        {running && status && (
          <div className="progress-row" role="status">
            <progress max={Math.max(1, status.total)} value={status.done} aria-label={t('page.heading')} />
            <span>{t('page.reading', { done: status.done, total: status.total })}</span>
          </div>
        )}
        {failure && (
          <p className="alert alert-error" role="alert">
            {errorText(te, failure)}
          </p>
        )}
        {error && (
          <p className="alert alert-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {result && (
        <section className="panel" aria-labelledby="rollup-result-title">
          <h2 id="rollup-result-title">{t('page.resultHeading')}</h2>
          <p className="hint">{t('page.folder', { folder: job?.folderName ?? '' })}</p>
          <p role="status">
            {t('page.finished', {
              total: result.files,
              units: result.units.length,
              problems: result.problems.length,
              missing: result.missing?.length ?? 0,
            })}
          </p>
          <div className="button-row">
            <button type="button" className="primary" disabled={exporting} onClick={() => void exportWorkbook()}>
              {t('page.export')}
            </button>
            {saved && (
              <>
                <span role="status">{t('page.exported', { fileName: saved.fileName })}</span>
                <button type="button" onClick={fileAction(api.openExport)}>
                  {t('page.open')}
                </button>
                <button type="button" onClick={fileAction(api.showExportInFolder)}>
                  {t('page.showInFolder')}
                </button>
              </>
            )}
          </div>
          {job && <DistrictDraftDialog jobId={job.jobId} defaultYear={draftYear(result)} onOpen={onOpen} />}
          {job && <RollupCharts result={result} jobId={job.jobId} />}
          <RollupTable result={result} />
        </section>
      )}
    </div>
  );
}
