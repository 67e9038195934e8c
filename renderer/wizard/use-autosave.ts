// Binds an Autosaver to the editor: every new version of the report is scheduled; the page going away
// journals what is unsaved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../core/api';
import type { Report } from '../../core/model';
import { Autosaver, type SaveState } from '../editing/autosave';
import type { Journal } from '../editing/journal';

export function useAutosave(api: Api, journal: Journal, report: Report | null, dirtyFromStart: boolean) {
  const [state, setState] = useState<SaveState>('saved');
  const [saver] = useState(
    () => new Autosaver({ save: (r) => api.saveReport(r), journal, onState: (s) => setState(s) }),
  );
  const first = useRef<Report | null>(null);

  useEffect(() => {
    if (!report) return;
    if (first.current === null) {
      first.current = report;
      if (!dirtyFromStart) return;
    }
    saver.schedule(report);
  }, [report, saver, dirtyFromStart]);

  useEffect(() => {
    const onHide = () => saver.journalNow();
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      // Leaving the wizard: what is pending still goes to the store (and stays journalled until it does).
      saver.journalNow();
      void saver.flush().catch(() => undefined);
    };
  }, [saver]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const setComposing = useCallback((c: boolean) => saver.setComposing(c), [saver]);
  return { state, flush, setComposing, saver };
}
