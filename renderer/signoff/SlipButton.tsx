// "Export approval slip" beside the PDF export: the one-page 发文稿纸 through the Save dialog, then open it.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { useFileExport } from '../wizard/useFileExport';

export function SlipButton({ reportId, flush }: { reportId: string; flush(): Promise<void> }) {
  const { t } = useTranslation('signoff');
  const { t: tu } = useTranslation();
  const api = useApi();
  const { exporting: busy, result, message, run, fileAction } = useFileExport(flush, () => api.exportSlip(reportId));
  // A cancelled Save dialog needs no word here: the button is still there to press again.
  const error = message?.kind === 'error' ? message.text : null;

  return (
    <>
      <button type="button" onClick={() => void run()} disabled={busy}>
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
          <button type="button" className="link-button" onClick={() => void fileAction((id) => api.openExport(id))()}>
            {tu('review.open')}
          </button>
        </span>
      )}
    </>
  );
}
