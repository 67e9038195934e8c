// Validation of the report being edited, run once typing pauses and the page is idle (it is not needed per
// keystroke, and a long report should not pay for it while the user types or in the middle of a frame). The
// same findings are kept while nothing changed.
import { useEffect, useState } from 'react';
import { todayIn } from '../../core/date-time';
import type { Report } from '../../core/model';
import type { Finding } from '../../core/validation-types';
import { validateReport, type ValidationOptions } from '../../core/validation';
import { useOfficeTimeZone } from '../app/office-clock';

const PAUSE_MS = 400;
/** Validation runs at the latest this long after the pause, idle or not. */
const IDLE_TIMEOUT_MS = 1000;

/** requestIdleCallback where the page has it (Chromium), a plain timer otherwise. */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 0);
  return () => clearTimeout(timer);
}

type Stage = ValidationOptions['stage'];

function validated(report: Report, stage: Stage, timeZone: string): { key: string; list: Finding[]; stage: Stage } {
  const list = validateReport(report, { stage, today: todayIn(timeZone) });
  return { key: JSON.stringify(list), list, stage };
}

export function useFindings(report: Report, stage: Stage): Finding[] {
  const timeZone = useOfficeTimeZone();
  const [findings, setFindings] = useState(() => validated(report, stage, timeZone));
  // Opening the review changes what counts as an error at once, not after the next pause.
  if (findings.stage !== stage) setFindings(validated(report, stage, timeZone));
  useEffect(() => {
    let cancelIdle: (() => void) | null = null;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => {
        const next = validated(report, stage, timeZone);
        setFindings((previous) => (previous.key === next.key && previous.stage === next.stage ? previous : next));
      });
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [report, stage, timeZone]);
  return findings.list;
}
