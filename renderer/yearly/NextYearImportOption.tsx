// Under 「从去年的报告开始…」: import last year's text and start this year's report from it in the same step.
import { useTranslation } from 'react-i18next';

export function NextYearImportOption({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation('yearly');
  return (
    <div className="field field-check">
      <input id="import-next-year" type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor="import-next-year">{t('nextYear.importOption')}</label>
    </div>
  );
}
