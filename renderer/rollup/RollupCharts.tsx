// The roll-up's charts on the 汇总 page: how the units stand (on time, late, undated, received but unusable,
// missing), then each indicator by unit; and the button that saves them as the one-page summary PDF.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { rollupCharts } from '../../core/rollup-charts';
import type { RollupResult } from '../../core/rollup-schema';
import { useApi } from '../api/api-context';
import { ExportOutcome } from '../wizard/ExportOutcome';
import { useFileExport } from '../wizard/useFileExport';

// ECharts is loaded with the first roll-up's charts, not with the app: most sessions never open 汇总.
const EChart = lazy(async () => ({ default: (await import('./EChart')).EChart }));

const STATUS_HEIGHT = 220;
const INDICATOR_HEIGHT = 280;
const nothingToFlush = async () => undefined;

export function RollupCharts({ result, jobId }: { result: RollupResult; jobId: string }) {
  const { t } = useTranslation('rollup');
  const api = useApi();
  const summary = useFileExport(nothingToFlush, () => api.exportRollupSummary(jobId));
  // New options (and so new charts) only when the result or the language changes, not on every render.
  const charts = useMemo(() => rollupCharts(result, t), [result, t]);
  return (
    <section className="rollup-charts" aria-labelledby="rollup-charts-title">
      <h3 id="rollup-charts-title">{t('chart.heading')}</h3>
      <div className="button-row">
        <button type="button" disabled={summary.exporting} onClick={() => void summary.run()}>
          {t('chart.saveSummary')}
        </button>
      </div>
      <ExportOutcome state={summary} summary={(saved) => t('chart.summarySaved', { fileName: saved.fileName })} />
      <Suspense fallback={null}>
        <EChart option={charts.status} height={STATUS_HEIGHT} label={t('chart.statusTitle')} />
        {charts.indicators.length === 0 ? (
          <p className="hint">{t('chart.noIndicators')}</p>
        ) : (
          <div className="rollup-chart-grid">
            {charts.indicators.map(({ id, option, label }) => (
              <EChart key={id} option={option} height={INDICATOR_HEIGHT} label={label} />
            ))}
          </div>
        )}
      </Suspense>
    </section>
  );
}
