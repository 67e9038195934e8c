// Start-up: the API (preload or HTTP bridge), the remembered UI language and the office's time zone, then the app.
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, DEFAULT_LANGUAGE } from '../core/i18n';
import type { Settings } from '../core/api';
import { ApiProvider, resolveApi } from './api/api-context';
import { App } from './app/App';
import { OfficeClockProvider } from './app/office-clock';
import { localJournal } from './editing/journal';
import './styles/app.css';
import './styles/yearly.css';

const api = resolveApi();
const settings = await api.getSettings().catch((): Settings => ({ uiLanguage: DEFAULT_LANGUAGE }));
const i18n = createI18n(settings.uiLanguage);

createRoot(document.getElementById('root')!).render(
  <ApiProvider api={api}>
    <I18nextProvider i18n={i18n}>
      <OfficeClockProvider timeZone={settings.timeZone}>
        <App journal={localJournal()} />
      </OfficeClockProvider>
    </I18nextProvider>
  </ApiProvider>,
);
