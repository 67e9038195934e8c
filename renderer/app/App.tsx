// The application frame: header with the UI language switch, and either Home or the wizard of one report.
// Which report is open lives in the URL hash, so a reload comes back to it.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, languageOrDefault } from '../../core/i18n';
import { LANGUAGES, type Language } from '../../core/model';
import { useApi } from '../api/api-context';
import type { Journal } from '../editing/journal';
import { Home } from '../home/Home';
import { OpenReport } from '../wizard/OpenReport';

const REPORT_HASH = /^#\/report\/([^/]+)$/;

function reportIdFromHash(): string | null {
  return REPORT_HASH.exec(window.location.hash)?.[1] ?? null;
}

export function App({ journal }: { journal: Journal }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [reportId, setReportId] = useState<string | null>(reportIdFromHash);

  useEffect(() => {
    const onHash = () => setReportId(reportIdFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [i18n.language, t]);

  const open = useCallback((id: string | null) => {
    window.location.hash = id ? `#/report/${id}` : '#/';
    setReportId(id);
  }, []);

  const switchLanguage = (language: Language) => {
    void i18n.changeLanguage(language);
    // Remembered for the next start; the switch itself does not wait for the store.
    api.setSettings({ uiLanguage: language }).catch(() => undefined);
  };

  return (
    <div className="app">
      <header className="app-header">
        <span className="emblem" aria-hidden="true" />
        <h1 className="app-title">
          {reportId ? (
            <button type="button" className="link-button title-link" onClick={() => open(null)}>
              {t('app.title')}
            </button>
          ) : (
            t('app.title')
          )}
        </h1>
        <span className="spacer" />
        <label htmlFor="ui-language" className="header-label">
          {t('app.uiLanguage')}
        </label>
        <select
          id="ui-language"
          value={languageOrDefault(i18n.language)}
          onChange={(e) => isLanguage(e.target.value) && switchLanguage(e.target.value)}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </header>
      {reportId ? (
        <OpenReport key={reportId} id={reportId} journal={journal} onClose={() => open(null)} />
      ) : (
        <main className="home-main">
          <Home onOpen={open} />
        </main>
      )}
    </div>
  );
}
