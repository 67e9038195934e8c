// Above the wizard's form while a report is signed off: it opens read-only, and "reopen" (with the name of who
// reopens it) starts a new draft, the signature kept in the record.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useReplaceReport } from './use-replace-report';

export function LockedBanner({ report }: { report: Report }) {
  const { t } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const replace = useReplaceReport();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const reopen = async () => {
    setError(null);
    try {
      replace(await api.signOff(report.id, { step: 'reopen', name }));
    } catch (err) {
      setError(errorText(te, err));
    }
  };

  return (
    <div className="alert locked-banner" role="status">
      <p>{t('ui.locked')}</p>
      <div className="button-row">
        <label>
          {t('ui.name')}
          <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" onClick={() => void reopen()}>
          {t('step.reopen')}
        </button>
        {error && (
          <span className="refusal" role="alert">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
