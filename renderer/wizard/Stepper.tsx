// The wizard's steps with their status (empty / in progress / complete / has errors), as a list of buttons.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import type { Finding } from '../../core/validation-types';
import { stepKey, stepStatus, wizardSteps, type Step } from '../editing/steps';
import { useMarkers } from './markers';

export const Stepper = memo(function Stepper(props: {
  report: Report;
  findings: Finding[];
  current: Step;
  onSelect(step: Step): void;
}) {
  const { report, findings, current, onSelect } = props;
  const { t } = useTranslation();
  const markers = useMarkers(report.style, report.meta.language);
  const label = (step: Step) =>
    step.kind === 'chapter'
      ? `${markers.chapter(step.index + 1)}${report.chapters[step.index]?.title || t('chapter.untitled')}`
      : t(`step.${step.kind}`);
  return (
    <nav className="stepper" aria-label={t('wizard.steps')}>
      <ol>
        {wizardSteps(report).map((step) => {
          const status = stepStatus(report, step, findings);
          const active = stepKey(step) === stepKey(current);
          return (
            <li key={stepKey(step)}>
              <button
                type="button"
                className={`step step-${status}${active ? ' step-active' : ''}`}
                aria-current={active ? 'step' : undefined}
                onClick={() => onSelect(step)}
                data-step={stepKey(step)}
              >
                <span className={`status-dot status-${status}`} aria-hidden="true" />
                <span className="step-label">{label(step)}</span>
                <span className="visually-hidden">{t(`status.${status}`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <ul className="legend" aria-hidden="true">
        {(['empty', 'progress', 'complete', 'error'] as const).map((s) => (
          <li key={s}>
            <span className={`status-dot status-${s}`} />
            {t(`status.${s}`)}
          </li>
        ))}
      </ul>
    </nav>
  );
});
