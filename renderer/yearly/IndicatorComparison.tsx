// Last year's figures beside this year's: one line under each indicator in the indicators step, and a table in
// the review. Shown only for indicators that came with last year's value (a report started by next-year).
import { useTranslation } from 'react-i18next';
import type { Indicator, Report } from '../../core/model';

const hasPrevious = (i: Indicator) => i.previousValue !== undefined;

export function LastYearValue({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('yearly');
  if (!hasPrevious(indicator)) return null;
  return (
    <p className="hint last-year-value" data-previous-of={indicator.id}>
      {indicator.previousValue === null
        ? t('indicators.previousNone')
        : t('indicators.previous', { value: `${indicator.previousValue}${indicator.unit}` })}
    </p>
  );
}

export function IndicatorComparison({ report }: { report: Report }) {
  const { t } = useTranslation('yearly');
  const rows = report.indicators.filter(hasPrevious);
  if (rows.length === 0) return null;
  const show = (value: number | null | undefined, unit: string) =>
    value === null || value === undefined ? t('indicators.empty') : `${value}${unit}`;
  return (
    <section className="yearly-panel" aria-labelledby="indicator-comparison-title">
      <h3 className="group-title" id="indicator-comparison-title">
        {t('indicators.compareTitle')}
      </h3>
      <table className="comparison-table">
        <thead>
          <tr>
            <th scope="col">{t('indicators.colLabel')}</th>
            <th scope="col">{t('indicators.colValue')}</th>
            <th scope="col">{t('indicators.colPrevious')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.label}</th>
              <td>{i.notApplicable ? t('indicators.empty') : show(i.value, i.unit)}</td>
              <td>{show(i.previousValue, i.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
