// What an export through useFileExport ended with: the cancelled or failed sentence, or the saved file, what is
// to be said about it, and its actions (open, show in folder, and print for a PDF).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import type { FileExportState } from './useFileExport';

interface Props<R extends { exportId: string }> {
  state: FileExportState<R>;
  summary(result: R): ReactNode;
  print?: boolean;
}

export function ExportOutcome<R extends { exportId: string }>({ state, summary, print = false }: Props<R>) {
  const { t } = useTranslation();
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
          {summary(result)}
          <div className="button-row">
            <button type="button" onClick={fileAction(api.openExport)}>
              {t('review.open')}
            </button>
            <button type="button" onClick={fileAction(api.showExportInFolder)}>
              {t('review.showInFolder')}
            </button>
            {print && (
              <button type="button" onClick={fileAction(api.printExport)}>
                {t('review.print')}
              </button>
            )}
          </div>
        </div>
      )}
    </>
  );
}
