// Asked when a chosen file does not look like a report (IMPORT_NOT_A_REPORT_TEXT: no chapters, perhaps no
// title): import it all the same, or not. The file is not chosen again: the answer goes back with the import's id.
import { useTranslation } from 'react-i18next';

export interface PendingNotAReport {
  importId: string;
  text: string;
}

export function NotAReport({
  pending,
  disabled,
  onAnswer,
}: {
  pending: PendingNotAReport;
  disabled: boolean;
  onAnswer(importAnyway: boolean): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="alertdialog" aria-labelledby="not-a-report-text">
      <p id="not-a-report-text">{pending.text}</p>
      <button type="button" onClick={() => onAnswer(true)} disabled={disabled}>
        {t('home.importAnyway')}
      </button>
      <button type="button" onClick={() => onAnswer(false)} disabled={disabled}>
        {t('home.importAnywayCancel')}
      </button>
    </div>
  );
}
