// Adds the usual figures of a kind of department to the report's own indicators (those it has are kept).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPresetIndicators, suggestIndicatorPreset } from '../../core/indicator-presets';
import type { Report } from '../../core/model';
import { PresetSelect } from '../components/PresetSelect';
import { useEditor } from './editor-context';

export function PresetPicker({ report }: { report: Report }) {
  const { t } = useTranslation('indicatorPresets');
  const { dispatch } = useEditor();
  const suggested = suggestIndicatorPreset(report.meta.organisation);
  const [presetId, setPresetId] = useState(suggested);
  const [added, setAdded] = useState<number | null>(null);

  const add = () => {
    const next = addPresetIndicators(report, presetId);
    const count = next.indicators.length - report.indicators.length;
    if (count) dispatch({ type: 'update', update: (r) => addPresetIndicators(r, presetId) });
    setAdded(count);
  };

  return (
    <div className="preset-picker">
      <PresetSelect id="indicator-preset" value={presetId} suggested={suggested} onChange={setPresetId} />
      <div className="button-row">
        <button type="button" onClick={add}>
          {t('addSet')}
        </button>
        {added !== null && <span role="status">{added ? t('added', { count: added }) : t('addedNone')}</span>}
      </div>
    </div>
  );
}
