// "Export approval slip" beside the PDF export: the one-page 发文稿纸 through the Save dialog, then open it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfExportResult } from '../../core/api';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';

export function SlipButton({ reportId, flush }: { reportId: string; flush(): Promise<void> }) {
  const { t } = useTranslation('signoff');
  const { t: tu } = useTranslation();
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PdfExportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportSlip = async () => {
    setBusy(true);
    setError(null);
    try {
      await flush();
      setResult(await api.exportSlip(reportId));
    } catch (err) {
      setError(errorText(te, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" onClick={() => void exportSlip()} disabled={busy}>
        {t('ui.exportSlip')}
      </button>
      {error && (
        <span className="refusal" role="alert">
          {error}
        </span>
      )}
      {result && (
        <span className="slip-result" role="status">
          {t('ui.slipExported', { file: result.fileName })}{' '}
          <button type="button" className="link-button" onClick={() => void api.openExport(result.exportId)}>
            {tu('review.open')}
          </button>
        </span>
      )}
    </>
  );
}
