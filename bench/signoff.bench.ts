// Sign-off benchmark (npm run bench -- signoff): making a version of the seed (fingerprint + durable write of
// the history file), the diff of two 50-page versions with edits spread through them, and the fingerprint of a
// 268-page report. Goals: ≤ 10 ms, ≤ 200 ms, ≤ 20 ms (medians).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fingerprint } from '../core/fingerprint';
import type { Report } from '../core/model';
import { importOutline } from '../core/outline-import';
import { diffReports } from '../core/version-diff';
import { VersionHistory } from '../electron/store/history';
// As in the app and the CLI: fingerprints hashed with Node's native SHA-256 (core's own is measured beside it).
import { nodeSha256 } from '../electron/services/native-hash';
import { canonicalContent, sha256Hex } from '../core/fingerprint';
import { longReport } from '../tests/pdf/long-report';

const repoRoot = path.resolve(import.meta.dirname, '..');
const seed = importOutline(readFileSync(path.resolve(repoRoot, 'tests/fixtures/seed-report-2023.txt'), 'utf8'));

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function measure(label: string, goal: number | null, runs: number, task: () => unknown): Promise<void> {
  for (let i = 0; i < 3; i++) await task();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  const { median, p95 } = stats(samples);
  const verdict = goal === null ? '' : ` (goal ≤ ${goal} ms: ${median <= goal ? 'met' : 'MISSED'})`;
  console.log(`${label}: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms${verdict}`);
}

/** A leader's pass over a report: one paragraph in ten edited, one removed and one added per chapter. */
function revise(report: Report): Report {
  const copy = structuredClone(report);
  let n = 0;
  for (const chapter of copy.chapters) {
    for (const section of chapter.sections) {
      section.paragraphs = section.paragraphs.map((p) => (n++ % 10 === 0 ? p.replace('，', '，切实') : p));
      for (const item of section.items) if (n++ % 10 === 0) item.body = item.body.replace('。', '，取得实效。');
    }
    if (chapter.sections[0]?.paragraphs.length) chapter.sections[0].paragraphs.splice(0, 1);
    chapter.paragraphs.push('下一步，将持续巩固已有成效。');
  }
  return copy;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'report-desk-bench-signoff-'));
try {
  // One version at a time here: no turn to wait for.
  const history = new VersionHistory(dir, (_id, task) => task());
  await measure('make a version of the seed (fingerprint + durable write)', 10, 50, () =>
    history.add(seed, { kind: 'saved', at: new Date().toISOString() }),
  );

  const fifty = longReport(9);
  const revised = revise(fifty);
  const diff = diffReports(fifty, revised);
  console.log(`two 50-page versions: ${diff.chapters.length} chapters, ${diff.changed} paragraphs changed`);
  await measure('diff of two 50-page versions', 200, 20, () => diffReports(fifty, revised));

  const long = longReport(50);
  await measure('fingerprint of a 268-page report', 20, 30, () => fingerprint(long));
  const canonical = canonicalContent(long);
  await measure('  of which the canonical text', null, 30, () => canonicalContent(long));
  await measure('  its SHA-256, native', null, 30, () => nodeSha256(canonical));
  await measure('  its SHA-256, core (renderer)', null, 30, () => sha256Hex(canonical));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
