// The wizard's steps, derived from the report (one per chapter), and each step's status from the core
// validation: empty / in progress (warnings left) / complete / has errors.
import type { DocPath } from '../../core/document';
import type { Report } from '../../core/model';
import { chapterHasContent } from '../../core/part-content';
import type { Finding } from '../../core/validation-types';
import { hasErrors } from '../../core/validation';

export type Step =
  | { kind: 'basic' }
  | { kind: 'preamble' }
  | { kind: 'chapter'; index: number }
  | { kind: 'indicators' }
  | { kind: 'signature' }
  | { kind: 'review' };

export type StepStatus = 'empty' | 'progress' | 'complete' | 'error';

export const stepKey = (step: Step): string => (step.kind === 'chapter' ? `chapter-${step.index}` : step.kind);

const SIMPLE_STEPS = ['basic', 'preamble', 'indicators', 'signature', 'review'] as const;

/** The step a stepKey names (a stored place in the wizard), or null for anything else. */
export function stepFromKey(key: unknown): Step | null {
  if (typeof key !== 'string') return null;
  const simple = SIMPLE_STEPS.find((kind) => kind === key);
  if (simple) return { kind: simple };
  const chapter = /^chapter-(\d{1,4})$/.exec(key);
  return chapter ? { kind: 'chapter', index: Number(chapter[1]) } : null;
}

export function wizardSteps(report: Report): Step[] {
  return [
    { kind: 'basic' },
    { kind: 'preamble' },
    ...report.chapters.map((_, index) => ({ kind: 'chapter' as const, index })),
    { kind: 'indicators' },
    { kind: 'signature' },
    { kind: 'review' },
  ];
}

const SIGNATURE_FIELDS = new Set(['signatureUnit', 'date', 'drafter', 'reviewer', 'approver']);

/** The step whose form holds the field at `path`. */
export function stepOfPath(path: DocPath): Step {
  const [head, second] = path;
  if (head === 'preamble') return { kind: 'preamble' };
  if (head === 'indicators') return { kind: 'indicators' };
  // Last year's plans are checked off in the review.
  if (head === 'plans') return { kind: 'review' };
  if (head === 'chapters' && typeof second === 'number') return { kind: 'chapter', index: second };
  if (head === 'meta' && typeof second === 'string' && SIGNATURE_FIELDS.has(second)) return { kind: 'signature' };
  return { kind: 'basic' };
}

const hasText = (s: string | null | undefined) => Boolean(s && s.trim());

function hasContent(report: Report, step: Step): boolean {
  switch (step.kind) {
    case 'basic':
      return hasText(report.meta.organisation);
    case 'preamble':
      return report.preamble.some(hasText);
    case 'chapter': {
      const chapter = report.chapters[step.index];
      return chapter ? chapterHasContent(report, chapter) : false;
    }
    case 'indicators':
      return report.indicators.some((i) => i.value !== null || i.notApplicable);
    case 'signature':
      return hasText(report.meta.signatureUnit) || Boolean(report.meta.date);
    case 'review':
      return true;
  }
}

export function stepStatus(report: Report, step: Step, findings: Finding[]): StepStatus {
  const own = step.kind === 'review' ? findings : findings.filter((f) => stepKey(stepOfPath(f.path)) === stepKey(step));
  if (hasErrors(own)) return 'error';
  if (!hasContent(report, step)) return 'empty';
  return own.length ? 'progress' : 'complete';
}
