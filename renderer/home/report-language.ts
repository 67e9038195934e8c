// The language of the next new report: the one last chosen (kept in the settings beside, and apart from, the UI
// language), else the default 简体中文. It never follows the UI language: an office that reads the app in
// English still writes its report in Chinese.
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_LANGUAGE } from '../../core/i18n';
import type { Language } from '../../core/model';
import { useApi } from '../api/api-context';

export function useReportLanguage(): [Language, (language: Language) => void] {
  const api = useApi();
  const [language, setLanguage] = useState<Language>(DEFAULT_LANGUAGE);
  const [chosen, setChosen] = useState(false);
  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (settings) => {
        if (live && !chosen && settings.reportLanguage) setLanguage(settings.reportLanguage);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, chosen]);
  const choose = useCallback(
    (next: Language) => {
      setChosen(true);
      setLanguage(next);
      api.setSettings({ reportLanguage: next }).catch(() => undefined);
    },
    [api],
  );
  return [language, choose];
}
