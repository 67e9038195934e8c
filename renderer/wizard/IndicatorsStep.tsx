// Indicators: the year's figures (meetings held, enterprises inspected …), each with its unit; "not applicable"
// for figures the unit does not have.
import { useTranslation } from 'react-i18next';
import { newId } from '../../core/ids';
import { indicatorSchema, type Report } from '../../core/model';
import { AddButton, Entry } from '../components/EntryControls';
import { NumberField } from '../components/NumberField';
import { CheckboxField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fieldId } from './editor-context';

export function IndicatorsStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.indicators')}</h2>
      <p className="hint">{t('indicators.hint')}</p>
      {report.indicators.map((indicator, i) => {
        const path = ['indicators', i];
        const whole = indicator.partOf ? report.indicators.find((w) => w.id === indicator.partOf) : undefined;
        return (
          <Entry key={indicator.id} listPath={['indicators']} index={i} count={report.indicators.length}
            name={indicator.label || t('indicators.name', { n: i + 1 })} id={fieldId([...path, 'entry'])} className="indicator-entry">
            <div className="indicator-fields">
              <TextArea single label={t('indicators.label')} path={[...path, 'label']} value={indicator.label} />
              <NumberField label={t('indicators.value')} path={[...path, 'value']} value={indicator.value} nullable
                integer={indicator.kind === 'count'} unit={indicator.unit} />
              <TextArea single label={t('indicators.unit')} path={[...path, 'unit']} value={indicator.unit} />
              <CheckboxField label={t('indicators.notApplicable')} path={[...path, 'notApplicable']} checked={indicator.notApplicable} />
            </div>
            {whole && <p className="hint">{t('indicators.partOf', { whole: whole.label })}</p>}
          </Entry>
        );
      })}
      <AddButton listPath={['indicators']} length={report.indicators.length} create={() => indicatorSchema.parse({ id: newId(), label: '' })}>
        {t('indicators.add')}
      </AddButton>
    </div>
  );
}
