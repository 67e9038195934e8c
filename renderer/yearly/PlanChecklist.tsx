// Last year's plans as this year's checklist: each plan with its status (已完成 / 推进中 / 未开展) and the
// paragraph of this report that tells what became of it. Until one is confirmed, the paragraphs most like the
// plan are offered (core/plan-links.ts); the user links one with a click.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { PLAN_STATUSES, type PlanStatus, type Report } from '../../core/model';
import { linkResolver, suggestLinks } from '../../core/plan-links';
import { CheckboxField, SelectField } from '../components/SelectField';
import { fieldId, useEditor } from '../wizard/editor-context';

const excerpt = (text: string, max = 48) => (text.length > max ? text.slice(0, max) + '…' : text);

export function PlanChecklist({ report, onGoTo }: { report: Report; onGoTo(path: DocPath): void }) {
  const { t } = useTranslation('yearly');
  const { dispatch } = useEditor();
  const plans = useMemo(() => report.plans ?? [], [report.plans]);
  const suggestions = useMemo(
    () =>
      suggestLinks(
        report,
        plans.map((plan) => (plan.link ? '' : plan.text)),
      ),
    [report, plans],
  );
  const linkedParagraph = useMemo(() => linkResolver(report), [report]);
  if (!report.previous && plans.length === 0) return null;
  const statusOptions = [
    { value: '' as const, label: t('plans.status.none') },
    ...PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.status.${s}`) })),
  ];
  return (
    <section className="yearly-panel plan-checklist" aria-labelledby="plan-checklist-title">
      <h3 className="group-title" id="plan-checklist-title">
        {t('plans.title')}
      </h3>
      {plans.length === 0 ? (
        <p className="hint">{t('plans.none')}</p>
      ) : (
        <>
          <p className="hint">{t('plans.hint')}</p>
          <ol className="plan-list">
            {plans.map((plan, i) => {
              const path = ['plans', i];
              const linked = plan.link ? linkedParagraph(plan.link) : undefined;
              return (
                <li key={plan.id} id={fieldId(path)} tabIndex={-1} className="plan-entry">
                  <p className="plan-text">
                    <strong>{t('plans.entry', { n: i + 1 })}</strong> {plan.text}
                  </p>
                  <SelectField<PlanStatus | ''>
                    label={t('plans.statusLabel')}
                    path={[...path, 'status']}
                    value={plan.status ?? ''}
                    options={statusOptions}
                    onChoose={(value) => dispatch({ type: 'set', path: [...path, 'status'], value: value || null })}
                  />
                  {plan.link && linked && (
                    <p className="plan-link">
                      <button type="button" className="link-button" onClick={() => onGoTo(linked.path)}>
                        {t('plans.linked', { text: excerpt(linked.text) })}
                      </button>
                      <button
                        type="button"
                        onClick={() => dispatch({ type: 'set', path: [...path, 'link'], value: null })}
                      >
                        {t('plans.unlink')}
                      </button>
                    </p>
                  )}
                  {plan.link && !linked && <p className="finding finding-warning">{t('plans.linkMissing')}</p>}
                  {!plan.link && (
                    <div className="plan-suggestions">
                      <p className="hint">
                        {suggestions[i]?.length ? t('plans.suggestions') : t('plans.noSuggestion')}
                      </p>
                      <ul>
                        {suggestions[i]?.map((candidate) => (
                          <li key={candidate.path.join('.')}>
                            <span>{excerpt(candidate.text)}</span>
                            <button
                              type="button"
                              aria-label={t('plans.useSuggestionNamed', { n: i + 1, text: excerpt(candidate.text) })}
                              onClick={() => dispatch({ type: 'set', path: [...path, 'link'], value: candidate.path })}
                            >
                              {t('plans.useSuggestion')}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
          <CheckboxField
            label={t('plans.print')}
            path={['style', 'printPlanChecklist']}
            checked={report.style.printPlanChecklist ?? false}
          />
        </>
      )}
    </section>
  );
}
