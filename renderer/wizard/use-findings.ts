// Validation of the report being edited, run once typing pauses (it is not needed per keystroke, and a long
// report should not pay for it while the user types). The same findings are kept while nothing changed.
import { useEffect, useState } from 'react';
import type { Report } from '../../core/model';
import type { Finding } from '../../core/validation-types';
import { validateReport } from '../../core/validation';

const PAUSE_MS = 400;

export function useFindings(report: Report): Finding[] {
  const [findings, setFindings] = useState<{ key: string; list: Finding[] }>(() => {
    const list = validateReport(report);
    return { key: JSON.stringify(list), list };
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      const list = validateReport(report);
      const key = JSON.stringify(list);
      setFindings((previous) => (previous.key === key ? previous : { key, list }));
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [report]);
  return findings.list;
}
