// The plain-text round trip is the identity: a generated report (tests/round-trip/generate-report.ts), printed as
// text (what `report-desk text` prints) and imported again, is the same report (tests/round-trip/same-report.ts).
import { describe, expect, it } from 'vitest';
import { importOutline } from '../../core/outline-import';
import { renderText } from '../../core/text-render';
import { generateReport } from '../round-trip/generate-report';
import { forEachSeed } from '../round-trip/property';
import { reportContent } from '../round-trip/same-report';

const NOW = '2026-01-05T08:00:00.000Z';

describe('text export → import', () => {
  it('gives the same report, for generated reports of every shape', async () => {
    await forEachSeed(400, 'tests/unit/round-trip.test.ts', (seed) => {
      const report = generateReport(seed, 'text');
      const text = renderText(report);
      const back = importOutline(text, { now: NOW });
      expect(reportContent(back, 'text'), text).toEqual(reportContent(report, 'text'));
    });
  });
});
