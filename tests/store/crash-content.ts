// The two alternating, growing contents the crash test's writer saves: step n's preamble is fully determined
// by n, so the parent can tell exactly which save a report file holds.
import type { Report } from '../../core/model';

export const CRASH_REPORT_ID = 'crash-report';

export function contentFor(step: number): string[] {
  const body = (step % 2 === 0 ? '甲乙丙丁' : 'ABCDEFGH').repeat(Math.min(100 + step * 9, 8000));
  return [`第${step}次保存`, body];
}

export function stepOf(report: Pick<Report, 'preamble'>): number {
  const match = /^第(\d+)次保存$/.exec(report.preamble[0] ?? '');
  if (!match) throw new Error(`not a crash-test content: ${String(report.preamble[0]).slice(0, 40)}`);
  return Number(match[1]);
}
