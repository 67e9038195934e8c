// The way from Home to the verify page, for whoever holds a printed report and wants to know what it is.
import { useTranslation } from 'react-i18next';

export function VerifyEntry({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation('signoff');
  return (
    <div className="field import-action">
      <h3>{t('verify.page.title')}</h3>
      <button type="button" id="open-verify" onClick={onOpen} aria-describedby="open-verify-hint">
        {t('verify.page.open')}
      </button>
      <p className="hint" id="open-verify-hint">
        {t('verify.page.entryHint')}
      </p>
    </div>
  );
}
