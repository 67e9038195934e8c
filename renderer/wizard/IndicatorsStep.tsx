// Indicators: the year's figures (meetings held, enterprises inspected …), each with its unit; "not applicable"
// for figures the unit does not have. Empty values can be found in the report's own text, each shown with the
// sentence it came from.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findIndicatorValues, type IndicatorHint } from '../../core/indicator-extract';
import { newId } from '../../core/ids';
import { indicatorSchema, type Report } from '../../core/model';
import { indicatorKeywords } from '../../core/templates';
import { renderText } from '../../core/text-render';
import { AddButton, Entry } from '../components/EntryControls';
import { NumberField } from '../components/NumberField';
import { CheckboxField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fillIndicatorValues, isFillable } from '../editing/indicator-fill';
import { LastYearValue } from '../yearly/IndicatorComparison';
import { fieldId, useEditor } from './editor-context';

export function IndicatorsStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const [found, setFound] = useState<{ hints: Map<string, IndicatorHint>; count: number } | null>(null);

  const findValues = () => {
    const empty = report.indicators.filter(isFillable);
    const hints = findIndicatorValues(renderText(report), empty, indicatorKeywords(report));
    if (hints.length) dispatch({ type: 'update', update: (r) => fillIndicatorValues(r, hints) });
    setFound((previous) => ({
      hints: new Map([...(previous?.hints ?? []), ...hints.map((h) => [h.indicatorId, h] as const)]),
      count: hints.length,
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
          {found.count ? t('indicators.found', { count: found.count }) : t('indicators.foundNone')}
        </p>
      )}
      {report.indicators.map((indicator, i) => {
        const path = ['indicators', i];
        const whole = indicator.partOf ? report.indicators.find((w) => w.id === indicator.partOf) : undefined;
        const hint = found?.hints.get(indicator.id);
        // The source stays beside the value while the value is the one found.
        const source = hint && hint.value === indicator.value ? hint.sentence : null;
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
    </div>
  );
}
