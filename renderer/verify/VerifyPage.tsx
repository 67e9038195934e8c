// The verify page reached from Home: the panel on a page of its own, with the way back.
import { useTranslation } from 'react-i18next';
import { VerifyPanel } from './VerifyPanel';

export function VerifyPage({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('signoff');
  return (
    <div className="home verify-page">
      <div className="button-row">
        <button type="button" className="link-button" onClick={onClose}>
          {t('verify.page.back')}
        </button>
      </div>
      <div className="panel">
        <VerifyPanel />
      </div>
    </div>
  );
}
