// One export through the Save dialog: pending edits saved first, a busy flag, a cancelled dialog said as info,
// a failure said in the user's language; then actions on the saved file (open, show in folder, print).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/error-text';

interface ExportMessage {
  kind: 'error' | 'info';
  text: string;
}

export function useFileExport<R extends { exportId: string }, A extends unknown[] = []>(
  flush: () => Promise<void>,
  saveFile: (...args: A) => Promise<R | null>,
) {
  const { t: te } = useTranslation('errors');
  const [exporting, setExporting] = useState(false);
  const [result, setResult] = useState<R | null>(null);
  const [message, setMessage] = useState<ExportMessage | null>(null);

  const run = async (...args: A) => {
    setExporting(true);
    setResult(null);
    setMessage(null);
    try {
      await flush();
      const saved = await saveFile(...args);
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

  return { exporting, result, message, run, fileAction };
}

export type FileExportState<R extends { exportId: string }> = ReturnType<typeof useFileExport<R>>;
