// Create a report from a template: which template, the unit, the year and the report's language (remembered
// apart from the UI language, report-language.ts).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../core/api';
import { yearIn } from '../../core/date-time';
import { languageOrDefault } from '../../core/i18n';
import { suggestIndicatorPreset } from '../../core/indicator-presets';
import { isPlausibleYear, LANGUAGES, type Language } from '../../core/model';
import { useOfficeTimeZone } from '../app/office-clock';
import { readNumber } from '../../core/number-reader';
import { PresetSelect } from '../components/PresetSelect';
import { useReportLanguage } from './report-language';

export interface CreateValues {
  templateId: string;
  organisation: string;
  year: number;
  language: Language;
  indicatorPreset: string;
}

export function CreateReportForm({
  templates,
  onCreate,
  busy,
}: {
  templates: TemplateSummary[];
  onCreate(v: CreateValues): void;
  busy: boolean;
}) {
  const { t, i18n } = useTranslation();
  const uiLanguage = languageOrDefault(i18n.language);
  const timeZone = useOfficeTimeZone();
  // Annual reports are written early in the following year.
  const [values, setValues] = useState({
    templateId: '',
    organisation: '',
    year: String(yearIn(timeZone) - 1),
    /** '' until the user picks one: the suggestion follows the unit's name. */
    indicatorPreset: '',
  });
  const [language, chooseLanguage] = useReportLanguage();
  const [touched, setTouched] = useState(false);
  const templateId = values.templateId || templates[0]?.id || '';
  const year = readNumber(values.year) ?? NaN;
  const yearValid = isPlausibleYear(year);
  const organisationValid = values.organisation.trim().length > 0;
  const suggestedPreset = suggestIndicatorPreset(values.organisation);
  const indicatorPreset = values.indicatorPreset || suggestedPreset;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!organisationValid || !yearValid || !templateId) return;
    onCreate({
      templateId,
      organisation: values.organisation.trim(),
      year,
      language,
      indicatorPreset,
    });
  };
  const template = templates.find((tp) => tp.id === templateId);
  return (
    <form className="create-form" onSubmit={submit} noValidate aria-labelledby="create-title">
      <h2 id="create-title">{t('home.createTitle')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor="create-template">{t('home.template')}</label>
          <select
            id="create-template"
            value={templateId}
            onChange={(e) => setValues({ ...values, templateId: e.target.value })}
          >
            {templates.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name[uiLanguage]}
              </option>
            ))}
          </select>
          {template && <p className="hint">{template.description[uiLanguage]}</p>}
        </div>
        <div className="field">
          <label htmlFor="create-organisation">{t('home.organisation')}</label>
          <input
            id="create-organisation"
            type="text"
            value={values.organisation}
            aria-invalid={(touched && !organisationValid) || undefined}
            onChange={(e) => setValues({ ...values, organisation: e.target.value })}
            placeholder={t('home.organisationPlaceholder')}
          />
          {touched && !organisationValid && (
            <span className="finding finding-error">{t('home.organisationRequired')}</span>
          )}
        </div>
        <div className="field">
          <label htmlFor="create-year">{t('home.year')}</label>
          <input
            id="create-year"
            type="text"
            inputMode="numeric"
            value={values.year}
            aria-invalid={(touched && !yearValid) || undefined}
            onChange={(e) => setValues({ ...values, year: e.target.value })}
          />
          {touched && !yearValid && <span className="finding finding-error">{t('home.yearInvalid')}</span>}
        </div>
        <div className="field">
          <label htmlFor="create-language">{t('home.reportLanguage')}</label>
          <select
            id="create-language"
            value={language}
            onChange={(e) => chooseLanguage(languageOrDefault(e.target.value))}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <PresetSelect
          id="create-indicator-preset"
          value={indicatorPreset}
          suggested={suggestedPreset}
          onChange={(indicatorPreset) => setValues({ ...values, indicatorPreset })}
        />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('home.create')}
      </button>
    </form>
  );
}
