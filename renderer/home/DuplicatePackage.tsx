// Asked when a package being imported is already in the list (PACKAGE_ALREADY_IMPORTED): replace the stored
// report with the package's content, or keep both — only keep both when the stored report is signed off (it is
// never replaced). The file is not chosen again: the answer goes back with the import's id.
import { useTranslation } from 'react-i18next';
import type { DuplicateChoice } from '../../core/api';

export interface PendingDuplicate {
  importId: string;
  text: string;
  /** The stored report is signed off: replacing it is not offered. */
  locked: boolean;
}

export function DuplicatePackage({
  pending,
  disabled,
  onAnswer,
}: {
  pending: PendingDuplicate;
  disabled: boolean;
  onAnswer(choice: DuplicateChoice | null): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="alertdialog" aria-labelledby="duplicate-package-text">
      <p id="duplicate-package-text">{pending.text}</p>
      {!pending.locked && (
        <button type="button" onClick={() => onAnswer('replace')} disabled={disabled}>
          {t('home.duplicateReplace')}
        </button>
      )}
      <button type="button" onClick={() => onAnswer('keep-both')} disabled={disabled}>
        {t('home.duplicateKeepBoth')}
      </button>
      <button type="button" onClick={() => onAnswer(null)} disabled={disabled}>
        {t('home.duplicateCancel')}
      </button>
    </div>
  );
}
