// Binds an Autosaver to the editor: every new version of the report is scheduled; the page going away
// journals what is unsaved, typing not yet committed included.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Api } from '../../core/api';
import type { Report } from '../../core/model';
import { Autosaver, type SaveState } from '../editing/autosave';
import type { Journal } from '../editing/journal';

/**
 * `unsavedTyping` gives the report with what is typed but not yet committed (see draft.ts), or null: when the
 * page goes away no render happens any more, so that text is saved and journalled from here.
 */
export function useAutosave(
  api: Api,
  journal: Journal,
  report: Report | null,
  dirtyFromStart: boolean,
  unsavedTyping: () => Report | null,
) {
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

  const typing = useRef(unsavedTyping);
  useLayoutEffect(() => {
    typing.current = unsavedTyping;
  }, [unsavedTyping]);
  useEffect(() => {
    const onHide = () => {
      const withTyping = typing.current();
      if (withTyping) saver.schedule(withTyping);
      saver.journalNow();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      // Leaving the wizard: what is pending still goes to the store (and stays journalled until it does).
      onHide();
      void saver.flush().catch(() => undefined);
    };
  }, [saver]);

  const flush = useCallback(() => saver.flush(), [saver]);
  const setComposing = useCallback((c: boolean) => saver.setComposing(c), [saver]);
  const typingStarted = useCallback(() => saver.typingStarted(), [saver]);
  const typingSettled = useCallback(() => saver.typingSettled(), [saver]);
  return { state, flush, setComposing, typingStarted, typingSettled, saver };
}
