// Where the user was in a report's wizard (the step, and whether review was asked for), kept per report in
// the page's storage so that a reload returns there. Storage may be missing or full: the place is a
// convenience, never a reason to fail.
import { stepFromKey, stepKey, type Step } from '../editing/steps';

export interface WizardPlace {
  step: Step;
  /** The user has opened the review: parts still empty show as errors from then on. */
  reviewed: boolean;
}

const storageKey = (reportId: string) => `report-desk:wizard-place:${reportId}`;

export function loadWizardPlace(reportId: string): WizardPlace {
  try {
    const stored = JSON.parse(window.localStorage.getItem(storageKey(reportId)) ?? 'null') as {
      step?: unknown;
      reviewed?: unknown;
    } | null;
    return { step: stepFromKey(stored?.step) ?? { kind: 'basic' }, reviewed: stored?.reviewed === true };
  } catch {
    return { step: { kind: 'basic' }, reviewed: false };
  }
}

export function saveWizardPlace(reportId: string, place: WizardPlace): void {
  try {
    window.localStorage.setItem(
      storageKey(reportId),
      JSON.stringify({ step: stepKey(place.step), reviewed: place.reviewed }),
    );
  } catch {
    // Storage unavailable or full: the next open starts at the first step.
  }
}
