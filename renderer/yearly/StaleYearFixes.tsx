// Earlier years still written as the report year (core/stale-years.ts), each with a one-click fix to the report
// year and a link to its paragraph, and one button to fix them all. Each fix is one step of undo.
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import type { Report } from '../../core/model';
import { findStaleYears, fixAllStaleYears, fixStaleYear } from '../../core/stale-years';
import { useEditor } from '../wizard/editor-context';

export function StaleYearFixes({ report, onGoTo }: { report: Report; onGoTo(path: DocPath): void }) {
  const { t } = useTranslation('yearly');
  const { dispatch } = useEditor();
  const mentions = findStaleYears(report);
  if (mentions.length === 0) return null;
  const year = report.meta.year;
  return (
    <section className="yearly-panel stale-years" aria-labelledby="stale-years-title">
      <h3 className="group-title" id="stale-years-title">
        {t('staleYears.title')}
      </h3>
      <p className="hint">{t('staleYears.hint')}</p>
      <ul className="yearly-list">
        {mentions.map((m) => (
          <li key={`${m.path.join('.')}:${m.start}`}>
            <button type="button" className="link-button" onClick={() => onGoTo(m.path)}>
              {m.excerpt}
            </button>
            <button
              type="button"
              aria-label={t('staleYears.fixNamed', { excerpt: m.excerpt, from: m.written, year })}
              onClick={() => dispatch({ type: 'update', update: (r) => fixStaleYear(r, m) })}
            >
              {t('staleYears.fix', { year })}
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" onClick={() => dispatch({ type: 'update', update: fixAllStaleYears })}>
          {t('staleYears.fixAll', { year })}
        </button>
      </div>
    </section>
  );
}
