// Indicators: the office's own figures (meetings held, enterprises inspected …), each with its unit; "not
// applicable" for figures the unit does not have. A preset for the kind of department adds its usual figures.
// Empty values can be found in the report's own text, each shown with the sentence it came from; a value the
// text does not settle is left empty and said so.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDoubt, IndicatorHint } from '../../core/indicator-extract';
import { findReportIndicatorValues } from '../../core/indicator-presets';
import { newId } from '../../core/ids';
import { indicatorSchema, type Report } from '../../core/model';
import { renderText } from '../../core/text-render';
import { AddButton, Entry } from '../components/EntryControls';
import { NumberField } from '../components/NumberField';
import { CheckboxField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fillIndicatorValues } from '../editing/indicator-fill';
import { LastYearValue } from '../yearly/IndicatorComparison';
import { fieldId, useEditor } from './editor-context';
import { PresetPicker } from './PresetPicker';

export function IndicatorsStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { t: tp } = useTranslation('indicatorPresets');
  const { dispatch } = useEditor();
  const [found, setFound] = useState<{
    hints: Map<string, IndicatorHint>;
    count: number;
    unsure: Map<string, IndicatorDoubt>;
  } | null>(null);

  const findValues = () => {
    const scan = findReportIndicatorValues(report, renderText(report));
    const hints = scan.found;
    if (hints.length) dispatch({ type: 'update', update: (r) => fillIndicatorValues(r, hints) });
    setFound((previous) => ({
      hints: new Map([...(previous?.hints ?? []), ...hints.map((h) => [h.indicatorId, h] as const)]),
      count: hints.length,
      unsure: new Map(scan.unsure.map((d) => [d.indicatorId, d])),
    }));
  };

  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.indicators')}</h2>
      <p className="hint">{t('indicators.hint')}</p>
      <div className="button-row find-values">
        <button type="button" onClick={findValues} aria-describedby="find-values-hint">
          {t('indicators.find')}
        </button>
        <span className="hint" id="find-values-hint">
          {t('indicators.findHint')}
        </span>
      </div>
      {found && (
        <p className="alert find-result" role="status">
          {found.count || !found.unsure.size ? (
            <span>{found.count ? t('indicators.found', { count: found.count }) : t('indicators.foundNone')}</span>
          ) : null}
          {found.unsure.size > 0 && <span>{tp('unsureCount', { count: found.unsure.size })}</span>}
        </p>
      )}
      {report.indicators.map((indicator, i) => {
        const path = ['indicators', i];
        const whole = indicator.partOf ? report.indicators.find((w) => w.id === indicator.partOf) : undefined;
        const hint = found?.hints.get(indicator.id);
        // The source stays beside the value while the value is the one found.
        const source = hint && hint.value === indicator.value ? hint.sentence : null;
        const doubt = indicator.value === null ? found?.unsure.get(indicator.id) : undefined;
        return (
          <Entry
            key={indicator.id}
            listPath={['indicators']}
            index={i}
            count={report.indicators.length}
            name={indicator.label || t('indicators.name', { n: i + 1 })}
            id={fieldId([...path, 'entry'])}
            className="indicator-entry"
          >
            <div className="indicator-fields">
              <TextArea single label={t('indicators.label')} path={[...path, 'label']} value={indicator.label} />
              <NumberField
                label={t('indicators.value')}
                path={[...path, 'value']}
                value={indicator.value}
                nullable
                integer={indicator.kind === 'count'}
                unit={indicator.unit}
              />
              <TextArea single label={t('indicators.unit')} path={[...path, 'unit']} value={indicator.unit} />
              <CheckboxField
                label={t('indicators.notApplicable')}
                path={[...path, 'notApplicable']}
                checked={indicator.notApplicable}
              />
            </div>
            {source && (
              <p className="indicator-source" data-source-of={indicator.id}>
                {t('indicators.source', { sentence: source })}
              </p>
            )}
            <LastYearValue indicator={indicator} />
            {doubt && (
              <p className="indicator-unsure" data-unsure-of={indicator.id}>
                {tp('unsure', { candidates: doubt.candidates.join(` ${tp('or')} `), sentence: doubt.sentence })}
              </p>
            )}
            {whole && <p className="hint">{t('indicators.partOf', { whole: whole.label })}</p>}
          </Entry>
        );
      })}
      <AddButton
        listPath={['indicators']}
        length={report.indicators.length}
        create={() => indicatorSchema.parse({ id: newId(), label: '' })}
      >
        {t('indicators.add')}
      </AddButton>
      <PresetPicker report={report} />
    </div>
  );
}
