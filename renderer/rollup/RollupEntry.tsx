// The way from Home to the 汇总 page, for the office that collects the departments' reports.
import { useTranslation } from 'react-i18next';

export function RollupEntry({ onOpen }: { onOpen(): void }) {
  const { t } = useTranslation('rollup');
  return (
    <div className="field import-action">
      <h3>{t('page.entryTitle')}</h3>
      <button type="button" id="open-rollup" onClick={onOpen} aria-describedby="open-rollup-hint">
        {t('page.entryButton')}
      </button>
      <p className="hint" id="open-rollup-hint">
        {t('page.entryHint')}
      </p>
    </div>
  );
}
