// 起草本级报告: under a finished roll-up, the office drafts its own annual report from the departments' reports the
// roll-up used (core/district-draft.ts). The unit and the year are asked (the year the roll-up's); the draft is
// put into the data folder by the main process and opened in the wizard.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPlausibleYear } from '../../core/model';
import { readNumber } from '../../core/number-reader';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';

export interface DistrictDraftDialogProps {
  jobId: string;
  /** The roll-up's year (draftYear), or null when it used no report. */
  defaultYear: number | null;
  onOpen(reportId: string): void;
}

export function DistrictDraftDialog({ jobId, defaultYear, onOpen }: DistrictDraftDialogProps) {
  const { t } = useTranslation('districtDraft');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(defaultYear === null ? '' : String(defaultYear));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yearValue = readNumber(year.trim());
  const ready = unit.trim() !== '' && yearValue !== null && isPlausibleYear(yearValue) && !busy;

  const create = async () => {
    if (yearValue === null) return;
    setError(null);
    setBusy(true);
    try {
      const report = await api.createDistrictDraft(jobId, { organisation: unit.trim(), year: yearValue });
      onOpen(report.id);
    } catch (err) {
      setError(errorText(te, err));
      setBusy(false);
    }
  };

  if (!open)
    return (
      <div className="button-row">
        <button type="button" id="district-draft-open" onClick={() => setOpen(true)}>
          {t('page.open')}
        </button>
      </div>
    );
  return (
    <section className="panel" role="dialog" aria-labelledby="district-draft-title">
      <h3 id="district-draft-title">{t('page.heading')}</h3>
      <p className="hint">{t('page.intro')}</p>
      <div className="field">
        <label htmlFor="district-draft-unit">{t('page.unit')}</label>
        <input id="district-draft-unit" type="text" value={unit} onChange={(e) => setUnit(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="district-draft-year">{t('page.year')}</label>
        <input
          id="district-draft-year"
          type="text"
          inputMode="numeric"
          value={year}
          aria-invalid={yearValue === null || !isPlausibleYear(yearValue)}
          onChange={(e) => setYear(e.target.value)}
        />
      </div>
      <div className="button-row">
        <button type="button" className="primary" disabled={!ready} onClick={() => void create()}>
          {busy ? t('page.creating') : t('page.create')}
        </button>
        <button type="button" disabled={busy} onClick={() => setOpen(false)}>
          {t('page.cancel')}
        </button>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
