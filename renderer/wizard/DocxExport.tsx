// "导出 Word" beside "导出 PDF": the same Save dialog (Chinese default file name), the same busy state and
// error handling, then open / show in folder.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxExportResult } from '../../core/api';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';

export function useDocxExport(reportId: string, flush: () => Promise<void>) {
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<DocxExportResult | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const exportDocx = async () => {
    setExporting(true);
    setResult(null);
    setMessage(null);
    try {
      await flush();
      const saved = await api.exportDocx(reportId, {});
      setResult(saved);
      if (!saved) setMessage({ kind: 'info', text: te('EXPORT_CANCELLED') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    } finally {
      setExporting(false);
    }
  };

  const fileAction = (action: (exportId: string) => Promise<void>) => async () => {
    if (!result) return;
    try {
      await action(result.exportId);
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  return { exporting, result, message, exportDocx, fileAction };
}

export type DocxExportState = ReturnType<typeof useDocxExport>;

export function DocxExportButton({ state, disabled }: { state: DocxExportState; disabled: boolean }) {
  const { t } = useTranslation('word');
  return (
    <button type="button" onClick={() => void state.exportDocx()} disabled={disabled || state.exporting}>
      {state.exporting ? t('ui.exportingDocx') : t('ui.exportDocx')}
    </button>
  );
}

export function DocxExportOutcome({ state }: { state: DocxExportState }) {
  const { t } = useTranslation('word');
  const { t: tu } = useTranslation();
  const api = useApi();
  const { message, result, fileAction } = state;
  return (
    <>
      {message && (
        <p className={message.kind === 'error' ? 'alert alert-error' : 'alert'} role="alert">
          {message.text}
        </p>
      )}
      {result && (
        <div className="export-result" role="status">
          <p>{t('ui.docxExported', { file: result.fileName })}</p>
          <div className="button-row">
            <button type="button" onClick={fileAction(api.openExport)}>
              {tu('review.open')}
            </button>
            <button type="button" onClick={fileAction(api.showExportInFolder)}>
              {tu('review.showInFolder')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
