// The name last used for each sign-off role, kept in the user's settings (settings.json in the data folder, like
// the UI language) so that it follows the office's data and not one browser profile: the next report offers it
// where its own 落款与签批 names nobody. Settings that cannot be read or written only mean typing the name.
import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../core/api';
import type { SignOffRole } from '../../core/sign-off';
import { useApi } from '../api/api-context';

type Names = NonNullable<Settings['signOffNames']>;

export function useSignerNames(): { remembered: Names; remember(role: SignOffRole, name: string): void } {
  const api = useApi();
  const [remembered, setRemembered] = useState<Names>({});
  useEffect(() => {
    let live = true;
    api.getSettings().then(
      (settings) => live && setRemembered(settings.signOffNames ?? {}),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  const remember = useCallback(
    (role: SignOffRole, name: string) => {
      setRemembered((names) => ({ ...names, [role]: name.trim() }));
      // Merged with the names stored now, which another window may have changed since this one read them.
      api
        .getSettings()
        .then((settings) => api.setSettings({ signOffNames: { ...settings.signOffNames, [role]: name.trim() } }))
        .catch(() => undefined);
    },
    [api],
  );
  return { remembered, remember };
}
