// The backing of a sign-off hashes no more than it must (a roll-up checks thousands): the report's fingerprint
// once, where the caller has it already not at all, and the signed version's only when it holds other content.
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprint, setSha256, shortCode } from '../../core/fingerprint';
import { isBackedSignOff } from '../../core/sign-off';
import { nodeSha256 } from '../../electron/services/native-hash';
import { reportFacts } from '../../electron/services/rollup/report-facts';
import { departmentReport, signedHistory, signOff } from '../rollup/departments';

let hashed = 0;
const counting = (text: string) => {
  hashed++;
  return nodeSha256(text);
};

afterEach(() => setSha256(nodeSha256));

function backed() {
  const report = signOff(departmentReport(3), '局长3');
  const versions = signedHistory(report);
  // As read from a package: the version's report is a copy of the report, not the same object.
  return { report: structuredClone(report), versions };
}

describe('isBackedSignOff', () => {
  it('hashes nothing more when the caller has the fingerprint and the version holds the same report', () => {
    const { report, versions } = backed();
    const current = fingerprint(report);
    setSha256(counting);
    hashed = 0;
    expect(isBackedSignOff(report, versions, current)).toBe(true);
    expect(hashed).toBe(0);
    expect(isBackedSignOff(report, versions)).toBe(true);
    expect(hashed).toBe(1);
  });

  it('hashes the version when it holds other content, and still finds a changed version out', () => {
    const { report, versions } = backed();
    const current = fingerprint(report);
    setSha256(counting);
    hashed = 0;
    // A change that does not print: same fingerprint, other JSON.
    const saved = { ...versions[0]!, report: { ...versions[0]!.report, updatedAt: '2025-03-01T00:00:00.000Z' } };
    expect(isBackedSignOff(report, [saved], current)).toBe(true);
    expect(hashed).toBe(1);
    const changed = structuredClone(versions[0]!);
    changed.report.chapters[0]!.paragraphs[0] += '改';
    expect(isBackedSignOff(report, [changed], current)).toBe(false);
  });

  it("is hashed once for the roll-up's facts, the fingerprint column and the backing alike", () => {
    const { report, versions } = backed();
    const expected = shortCode(fingerprint(report));
    setSha256(counting);
    hashed = 0;
    const facts = reportFacts(report, versions);
    expect([facts.signedOff, facts.fingerprint, hashed]).toEqual([true, expected, 1]);
  });
});
