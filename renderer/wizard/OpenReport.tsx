// Opens a report for the wizard: from the store, or from the local journal when it holds edits the store
// never received (a failed save, then a reload). Tells the user when a damaged file was restored from backup,
// with the backup's time in local time, in a notice that stays (on every open) until dismissed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLocalDateTime } from '../../core/date-time';
import { languageOrDefault } from '../../core/i18n';
import type { Report } from '../../core/model';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import type { Journal } from '../editing/journal';
import { Wizard } from './Wizard';

type Loaded = { report: Report; unsaved: boolean; restoredFrom: string | null };

export function OpenReport({ id, journal, onClose }: { id: string; journal: Journal; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const { t: te } = useTranslation('errors');
  const uiLanguage = languageOrDefault(i18n.language);
  const timeZone = useOfficeTimeZone();
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.openReport(id).then(
      ({ report, restoredFrom }) => {
        if (!live) return;
        const local = journal.read(id);
        const unsaved = local !== null && JSON.stringify(local) !== JSON.stringify(report);
        setLoaded({ report: unsaved ? local : report, unsaved, restoredFrom });
      },
      (err: unknown) => {
        const local = journal.read(id);
        // The store cannot be reached but this window still holds the unsaved edits: keep working on them.
        if (live && local) setLoaded({ report: local, unsaved: true, restoredFrom: null });
        else if (live) setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [api, id, journal]);

  if (error) {
    return (
      <div className="page-message">
        <p className="alert alert-error" role="alert">
          {errorText(te, error)}
        </p>
        <button type="button" onClick={onClose}>
          {t('wizard.backHome')}
        </button>
      </div>
    );
  }
  if (!loaded)
    return (
      <p className="page-message" role="status">
        {t('app.loading')}
      </p>
    );
  return (
    <>
      {loaded.restoredFrom && (
        <div className="alert alert-warning banner notice" role="alert">
          <span>
            {te('REPORT_CORRUPT_RESTORED', { backup: formatLocalDateTime(loaded.restoredFrom, uiLanguage, timeZone) })}
          </span>
          <button
            type="button"
            className="icon-button"
            onClick={() => {
              setLoaded({ ...loaded, restoredFrom: null });
              // Seen: the notice goes from the list and later opens too (shown again next time if this fails).
              api.acknowledgeRestore(id).catch(() => undefined);
            }}
            aria-label={t('home.dismiss')}
          >
            ×
          </button>
        </div>
      )}
      <Wizard
        key={loaded.report.id}
        initial={loaded.report}
        unsaved={loaded.unsaved}
        journal={journal}
        onClose={onClose}
      />
    </>
  );
}
