// The one-step fix of INDICATOR_TEXT_DIFFERS in the review's checks: the indicator takes the figure its text
// states (core/stated-values.ts), as one step of undo. Shown beside that finding only.
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import { takeStatedValues } from '../../core/stated-values';
import type { Finding } from '../../core/validation-types';
import { useEditor } from './editor-context';

export function TakeStatedValue({ report, finding }: { report: Report; finding: Finding }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const indicator = report.indicators[Number(finding.path[1])];
  if (finding.code !== 'INDICATOR_TEXT_DIFFERS' || !indicator) return null;
  const stated = Number(finding.params.stated);
  const { label, unit } = indicator;
  const take = () =>
    dispatch({
      type: 'update',
      update: (r) => takeStatedValues(r, [{ indicatorId: indicator.id, stated }]),
    });
  return (
    <button type="button" aria-label={t('review.takeStatedNamed', { label, stated, unit })} onClick={take}>
      {t('review.takeStated', { stated, unit })}
    </button>
  );
}
