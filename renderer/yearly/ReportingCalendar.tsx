// The reporting calendar on Home: each report's next deadline and how it stands (overdue, within 30 days, not
// yet due, done), and the office's own earlier dates, kept in the settings.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api, Settings } from '../../core/api';
import { todayIn } from '../../core/date-time';
import type { ReportSummary } from '../../core/model';
import {
  REGULATION_DEADLINES,
  isValidDeadline,
  nextDeadline,
  type DeadlineKind,
  type DeadlineSettings,
} from '../../core/reporting-calendar';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';

/** The office's deadlines from the settings, and a setter that saves them. */
export function useDeadlineSettings(api: Api) {
  const [deadlines, setDeadlines] = useState<DeadlineSettings>({});
  useEffect(() => {
    api.getSettings().then(
      (s) => setDeadlines(s.deadlines ?? {}),
      () => undefined,
    );
  }, [api]);
  const save = useCallback(
    async (next: DeadlineSettings) => {
      const saved: Settings = await api.setSettings({ deadlines: next });
      setDeadlines(saved.deadlines ?? {});
    },
    [api],
  );
  return { deadlines, save };
}

export function DeadlineCell({ report, deadlines }: { report: ReportSummary; deadlines: DeadlineSettings }) {
  const { t } = useTranslation('yearly');
  const next = nextDeadline(report, todayIn(useOfficeTimeZone()), deadlines);
  if (next.kind === null) return <span className="deadline deadline-done">{t('calendar.done')}</span>;
  return (
    <span className={`deadline deadline-${next.state}`}>
      {t(next.kind === 'submit' ? 'calendar.submit' : 'calendar.publish', { date: next.date })}
      <span className="sub">
        {next.state === 'later' ? t('calendar.later') : t(`calendar.${next.state}`, { count: Math.abs(next.days) })}
      </span>
    </span>
  );
}

const KINDS: readonly DeadlineKind[] = ['submit', 'publish'];

export function CalendarSettings({
  deadlines,
  onSave,
}: {
  deadlines: DeadlineSettings;
  onSave(next: DeadlineSettings): Promise<void>;
}) {
  const { t } = useTranslation('yearly');
  const { t: te } = useTranslation('errors');
  /** What the user typed; a field not typed in shows the saved date. */
  const [edits, setEdits] = useState<Partial<Record<DeadlineKind, string>>>({});
  const values = { submit: edits.submit ?? deadlines.submit ?? '', publish: edits.publish ?? deadlines.publish ?? '' };
  const [touched, setTouched] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const valid = (kind: DeadlineKind) => values[kind] === '' || isValidDeadline(values[kind], kind);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    setMessage(null);
    if (!KINDS.every(valid)) return;
    try {
      await onSave({ submit: values.submit || null, publish: values.publish || null });
      setEdits({});
      setMessage({ kind: 'info', text: t('calendar.saved') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  return (
    <form className="calendar-settings" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t('calendar.settingsTitle')}</h2>
      <p className="hint">{t('calendar.settingsHint')}</p>
      <div className="form-grid">
        {KINDS.map((kind) => (
          <div className="field" key={kind}>
            <label htmlFor={`deadline-${kind}`}>
              {t(kind === 'submit' ? 'calendar.submitLabel' : 'calendar.publishLabel')}
            </label>
            <input
              id={`deadline-${kind}`}
              type="text"
              inputMode="numeric"
              value={values[kind]}
              placeholder={REGULATION_DEADLINES[kind]}
              aria-invalid={(touched && !valid(kind)) || undefined}
              onChange={(e) => setEdits({ ...edits, [kind]: e.target.value.trim() })}
            />
            {touched && !valid(kind) && (
              <span className="finding finding-error">
                {t('calendar.invalid', { latest: REGULATION_DEADLINES[kind] })}
              </span>
            )}
          </div>
        ))}
      </div>
      <button type="submit">{t('calendar.save')}</button>
      {message && (
        <p className={message.kind === 'error' ? 'alert alert-error' : 'alert'} role="status">
          {message.text}
        </p>
      )}
    </form>
  );
}
