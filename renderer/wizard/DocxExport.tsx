// "导出 Word" beside "导出 PDF": the same Save dialog (Chinese default file name), the same busy state and
// error handling (useFileExport), then open / show in folder.
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ExportOutcome } from './ExportOutcome';
import { useFileExport } from './useFileExport';

export function useDocxExport(reportId: string, flush: () => Promise<void>) {
  const api = useApi();
  return useFileExport(flush, () => api.exportDocx(reportId, {}));
}

export type DocxExportState = ReturnType<typeof useDocxExport>;

export function DocxExportButton({ state, disabled }: { state: DocxExportState; disabled: boolean }) {
  const { t } = useTranslation('word');
  return (
    <button type="button" onClick={() => void state.run()} disabled={disabled || state.exporting}>
      {state.exporting ? t('ui.exportingDocx') : t('ui.exportDocx')}
    </button>
  );
}

export function DocxExportOutcome({ state }: { state: DocxExportState }) {
  const { t } = useTranslation('word');
  return <ExportOutcome state={state} summary={(result) => <p>{t('ui.docxExported', { file: result.fileName })}</p>} />;
}
