// The autosave state, always visible: saved / saving / failed (the edit is kept and retried).
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../editing/autosave';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  return (
    <span className={`save-status save-${state}`} role="status" aria-live="polite" data-save-state={state}>
      {t(`save.${state}`)}
    </span>
  );
}
