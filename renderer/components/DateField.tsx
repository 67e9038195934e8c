// A date as three labelled fields in the UI language — year, month, day — instead of the browser's date input,
// which shows its own mm/dd/yyyy whatever the UI says. A date is committed (YYYY-MM-DD) only once all three
// are filled, and cleared when all three are emptied; an impossible day (2月30日) is committed as typed so that
// the core's validation flags it at the field (DATE_INVALID) instead of the field silently changing it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthName, todayIn } from '../../core/date-time';
import type { DocPath } from '../../core/document';
import { languageOrDefault } from '../../core/i18n';
import { typedDigits } from '../../core/number-reader';
import { useOfficeTimeZone } from '../app/office-clock';
import { fieldId, useEditor, useFindingsAt } from '../wizard/editor-context';
import { FindingList } from './FindingList';

interface Parts {
  year: string;
  month: string;
  day: string;
}

const split = (value: string | null): Parts => {
  const [year = '', month = '', day = ''] = value?.split('-') ?? [];
  return { year, month: month ? String(Number(month)) : '', day: day ? String(Number(day)) : '' };
};

/** The date the parts stand for: null when all are empty, undefined while incomplete. */
function joined({ year, month, day }: Parts): string | null | undefined {
  if (!year && !month && !day) return null;
  if (!/^\d{4}$/.test(year) || !month || !day) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

export function DateField({ label, path, value }: { label: string; path: DocPath; value: string | null }) {
  const { t, i18n } = useTranslation();
  const { dispatch } = useEditor();
  const findings = useFindingsAt(path);
  const uiLanguage = languageOrDefault(i18n.language);
  const timeZone = useOfficeTimeZone();
  const [parts, setParts] = useState(() => split(value));
  const [shownValue, setShownValue] = useState(value);
  const legendId = useId();
  const hintId = useId();
  // The stored date changed from elsewhere (undo, another step): show it.
  if (value !== shownValue) {
    setShownValue(value);
    setParts(split(value));
  }

  const change = (next: Parts) => {
    setParts(next);
    const date = joined(next);
    if (date === undefined || date === value) return;
    setShownValue(date);
    dispatch({ type: 'set', path, value: date });
  };
  const incomplete = joined(parts) === undefined;
  const id = fieldId(path);
  return (
    <fieldset className="field date-field" aria-describedby={incomplete ? hintId : undefined}>
      <legend id={legendId}>{label}</legend>
      <div className="date-parts">
        <label className="date-part">
          <span>{t('dateField.year')}</span>
          <input
            id={id}
            type="text"
            inputMode="numeric"
            maxLength={4}
            size={5}
            value={parts.year}
            aria-invalid={(incomplete && !/^\d{4}$/.test(parts.year)) || undefined}
            onChange={(e) => change({ ...parts, year: typedDigits(e.target.value) })}
          />
        </label>
        <label className="date-part">
          <span>{t('dateField.month')}</span>
          <select id={`${id}-month`} value={parts.month} onChange={(e) => change({ ...parts, month: e.target.value })}>
            <option value="" />
            {MONTHS.map((m) => (
              <option key={m} value={String(m)}>
                {monthName(m, uiLanguage)}
              </option>
            ))}
          </select>
        </label>
        <label className="date-part">
          <span>{t('dateField.day')}</span>
          <select id={`${id}-day`} value={parts.day} onChange={(e) => change({ ...parts, day: e.target.value })}>
            <option value="" />
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {d}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => change(split(todayIn(timeZone)))}>
          {t('dateField.today')}
        </button>
      </div>
      {incomplete && (
        <span className="finding finding-error" id={hintId}>
          {t('dateField.incomplete')}
        </span>
      )}
      <FindingList findings={findings} />
    </fieldset>
  );
}
