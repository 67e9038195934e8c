// The wizard: stepper, the current step's form, and the live preview; edits go through the editor reducer
// (undo / redo) and are autosaved.
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { languageOrDefault } from '../../core/i18n';
import type { Report } from '../../core/model';
import { printsAsDraft } from '../../core/report-ops';
import { isLocked } from '../../core/sign-off';
import { LockedBanner } from '../signoff/LockedBanner';
import type { Finding } from '../../core/validation-types';
import { useApi } from '../api/api-context';
import { DraftSet } from '../editing/draft';
import { editorReducer, initialEditorState, type EditAction } from '../editing/history';
import type { Journal } from '../editing/journal';
import { pathKey, setAt } from '../editing/paths';
import { stepKey, stepOfPath, wizardSteps, type Step } from '../editing/steps';
import { BasicStep } from './BasicStep';
import { ChapterStep } from './ChapterStep';
import {
  EditorContext,
  fieldId,
  FindingsContext,
  type EditorContextValue,
  type FindingsByPath,
} from './editor-context';
import { IndicatorsStep } from './IndicatorsStep';
import { PreambleStep } from './PreambleStep';
import { Preview } from './Preview';
import { previewBlocks } from './preview-blocks';
import { ReviewStep } from './ReviewStep';
import { SignatureStep } from './SignatureStep';
import { Stepper } from './Stepper';
import { useAutosave } from './use-autosave';
import { useFindings } from './use-findings';
import { loadWizardPlace, saveWizardPlace } from './wizard-place';
import { SaveStatus } from './SaveStatus';

export interface WizardProps {
  /** The report as opened (from the store, or the local journal when that is newer). */
  initial: Report;
  /** The initial report has edits the store does not have yet. */
  unsaved: boolean;
  journal: Journal;
  onClose(): void;
}

function focusPath(path: DocPath): boolean {
  for (let n = path.length; n >= 0; n--) {
    const el = document.getElementById(fieldId(path.slice(0, n)));
    if (el) {
      el.focus();
      el.scrollIntoView({ block: 'center' });
      return true;
    }
  }
  return false;
}

export function Wizard({ initial, unsaved, journal, onClose }: WizardProps) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [state, dispatchNow] = useReducer(editorReducer, initial, initialEditorState);
  const report = state.report;
  const [place] = useState(() => loadWizardPlace(initial.id));
  const [step, setStep] = useState<Step>(place.step);
  const [reviewed, setReviewed] = useState(place.reviewed);
  const pendingFocus = useRef<DocPath | null>(null);
  const [drafts] = useState(() => new DraftSet());
  const latestReport = useRef(report);
  useLayoutEffect(() => {
    latestReport.current = report;
  }, [report]);
  // A signed-off report is read-only until reopened: its forms are disabled and edits (undo too) ignored.
  const locked = isLocked(report);
  const unsavedTyping = useCallback(() => {
    const edits = drafts.pendingEdits();
    return edits.length ? edits.reduce((r, e) => setAt(r, e.path, e.text), latestReport.current) : null;
  }, [drafts]);
  const autosave = useAutosave(api, journal, report, unsaved, unsavedTyping);
  // Every edit comes after the typing before it: open drafts are committed first.
  const dispatch = useCallback(
    (action: EditAction) => {
      if (isLocked(latestReport.current) && action.type !== 'reset') return;
      drafts.flushAll();
      dispatchNow(action);
    },
    [drafts],
  );
  // Parts not written yet are "not filled in" until the user opens the review.
  const findings = useFindings(report, reviewed ? 'review' : 'writing');
  const findingsByPath = useMemo<FindingsByPath>(() => groupByPath(findings), [findings]);
  // The stepper and the preview follow the text at a lower priority than the keystroke itself.
  const previewReport = useDeferredValue(report);
  const uiLanguage = languageOrDefault(i18n.language);

  const { setComposing, typingStarted, typingSettled } = autosave;
  const editor = useMemo<EditorContextValue>(
    () => ({ dispatch, drafts, setComposing, typingStarted, typingSettled }),
    [dispatch, drafts, setComposing, typingStarted, typingSettled],
  );

  // A step that no longer exists (its chapter removed) falls back to the basic step.
  const chapterCount = report.chapters.length;
  const current = useMemo<Step>(
    () => (step.kind === 'chapter' && step.index >= chapterCount ? { kind: 'basic' } : step),
    [step, chapterCount],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) dispatch({ type: 'undo' });
      else if (key === 'y' || (key === 'z' && e.shiftKey)) dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [dispatch]);

  useEffect(() => {
    if (pendingFocus.current && focusPath(pendingFocus.current)) pendingFocus.current = null;
  });

  useEffect(() => saveWizardPlace(report.id, { step: current, reviewed }), [report.id, current, reviewed]);

  const goTo = useCallback((path: DocPath) => {
    pendingFocus.current = path;
    setStep(stepOfPath(path));
  }, []);

  const selectStep = useCallback((next: Step) => {
    setStep(next);
    if (next.kind === 'review') setReviewed(true);
    document.getElementById('wizard-main')?.scrollTo({ top: 0 });
  }, []);

  const blocks = useMemo(() => previewBlocks(previewReport, current), [previewReport, current]);

  return (
    <EditorContext.Provider value={editor}>
      <FindingsContext.Provider value={findingsByPath}>
        <div className="wizard">
          <div className="wizard-bar">
            <button type="button" onClick={onClose}>
              {t('wizard.backHome')}
            </button>
            <span className="wizard-report-title">
              {report.meta.organisation} · {report.meta.year}
            </span>
            <span className={`badge badge-${report.meta.status}`}>{t(`status.report.${report.meta.status}`)}</span>
            <span className="spacer" />
            <button
              type="button"
              onClick={() => dispatch({ type: 'undo' })}
              disabled={locked || !state.past.length}
              title={t('wizard.undoKey')}
            >
              {t('wizard.undo')}
            </button>
            <button
              type="button"
              onClick={() => dispatch({ type: 'redo' })}
              disabled={locked || !state.future.length}
              title={t('wizard.redoKey')}
            >
              {t('wizard.redo')}
            </button>
            <SaveStatus state={autosave.state} />
          </div>
          <div className="wizard-body">
            <Stepper report={previewReport} findings={findings} current={current} onSelect={selectStep} />
            <main className="wizard-main" id="wizard-main" key={stepKey(current)}>
              {locked && <LockedBanner report={report} />}
              <fieldset className="step-lock" disabled={locked && current.kind !== 'review'}>
                {current.kind === 'basic' && <BasicStep report={report} />}
                {current.kind === 'preamble' && <PreambleStep report={report} uiLanguage={uiLanguage} />}
                {current.kind === 'chapter' && (
                  <ChapterStep report={report} index={current.index} uiLanguage={uiLanguage} />
                )}
                {current.kind === 'indicators' && <IndicatorsStep report={report} />}
                {current.kind === 'signature' && <SignatureStep report={report} onGoTo={goTo} />}
                {current.kind === 'review' && (
                  <ReviewStep report={report} findings={findings} onGoTo={goTo} flush={autosave.flush} />
                )}
              </fieldset>
              <StepNavigation report={report} current={current} onSelect={selectStep} />
            </main>
            <Preview
              blocks={blocks}
              language={previewReport.meta.language}
              style={previewReport.style}
              draft={printsAsDraft(report)}
              onOpen={goTo}
            />
          </div>
        </div>
      </FindingsContext.Provider>
    </EditorContext.Provider>
  );
}

function groupByPath(findings: Finding[]): FindingsByPath {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = pathKey(f.path);
    map.set(key, [...(map.get(key) ?? []), f]);
  }
  return map;
}

function StepNavigation({ report, current, onSelect }: { report: Report; current: Step; onSelect(step: Step): void }) {
  const { t } = useTranslation();
  const order = wizardSteps(report);
  const at = order.findIndex((s) => stepKey(s) === stepKey(current));
  const previous = order[at - 1];
  const next = order[at + 1];
  return (
    <div className="step-nav">
      {previous && (
        <button type="button" onClick={() => onSelect(previous)}>
          {t('wizard.previous')}
        </button>
      )}
      <span className="spacer" />
      {next && (
        <button type="button" className="primary" onClick={() => onSelect(next)}>
          {t('wizard.next')}
        </button>
      )}
    </div>
  );
}
