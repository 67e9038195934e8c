// The sign-off panel of the review step: the state and fingerprint, the office's optional roles, who takes the
// next step (name, opinion, publication attribute), one button per step with its refusal shown beside it, why
// a report in review cannot be signed off yet (the one rule, core/sign-off.ts), and the record of every step.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatOfficialDay, todayIn } from '../../core/date-time';
import { fingerprint, shortCode } from '../../core/fingerprint';
import { languageOrDefault } from '../../core/i18n';
import {
  PUBLICATION_ATTRIBUTES,
  SIGN_OFF_STEPS,
  type PublicationAttribute,
  type Report,
  type SignOffStep,
} from '../../core/model';
import { STEP_ROLE, isLocked, reportState, signOffRefusal } from '../../core/sign-off';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import { useEditor } from '../wizard/editor-context';
import { useReplaceReport } from './use-replace-report';
import { VerifyPanel } from '../verify/VerifyPanel';

interface Props {
  report: Report;
  /** Saves pending edits: a step acts on the stored report. */
  flush(): Promise<void>;
}

export function SignOffPanel({ report, flush }: Props) {
  const { t, i18n } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const timeZone = useOfficeTimeZone();
  const api = useApi();
  const { dispatch } = useEditor();
  const replace = useReplaceReport();
  const [name, setName] = useState('');
  const [opinion, setOpinion] = useState('');
  const [attribute, setAttribute] = useState<PublicationAttribute | ''>('');
  const [refusal, setRefusal] = useState<{ step: SignOffStep; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const code = useMemo(() => shortCode(fingerprint(report)), [report]);
  const state = reportState(report);
  // Judged on the office's today, as the approval step will judge it.
  const blocked = useMemo(
    () => (state === 'in-review' ? signOffRefusal(report, { today: todayIn(timeZone) }) : null),
    [report, state, timeZone],
  );
  const steps = SIGN_OFF_STEPS.filter((s) => s !== 'countersign' || report.signOff.roles.countersign);

  const take = async (step: SignOffStep) => {
    setBusy(true);
    setRefusal(null);
    try {
      await flush();
      const next = await api.signOff(report.id, { step, name, opinion, attribute: attribute || null });
      replace(next);
      setOpinion('');
    } catch (err) {
      setRefusal({ step, text: errorText(te, err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="sign-off-panel" aria-labelledby="sign-off-title">
      <h3 className="group-title" id="sign-off-title">
        {t('ui.panelTitle')}
      </h3>
      <p>
        <span className={`badge badge-${state}`}>{t('ui.state', { state: t(`state.${state}`) })}</span>{' '}
        <span className="fingerprint">{t('ui.fingerprint', { code })}</span>
      </p>
      {isLocked(report) && <p className="alert">{t('ui.locked')}</p>}
      <fieldset className="sign-off-roles" disabled={state !== 'draft'}>
        {(['review', 'countersign'] as const).map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={report.signOff.roles[role]}
              onChange={(e) => dispatch({ type: 'set', path: ['signOff', 'roles', role], value: e.target.checked })}
            />
            {t(role === 'review' ? 'ui.useReview' : 'ui.useCountersign')}
          </label>
        ))}
      </fieldset>
      <div className="sign-off-who">
        <label>
          {t('ui.name')}
          <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('ui.opinion')}
          <input type="text" value={opinion} maxLength={2000} onChange={(e) => setOpinion(e.target.value)} />
        </label>
        <label>
          {t('ui.attribute')}
          <select value={attribute} onChange={(e) => setAttribute(e.target.value as PublicationAttribute | '')}>
            <option value="">{t('ui.chooseAttribute')}</option>
            {PUBLICATION_ATTRIBUTES.map((a) => (
              <option key={a} value={a}>
                {t(`attribute.${a}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul className="sign-off-steps">
        {steps.map((step) => (
          <li key={step}>
            <button type="button" onClick={() => void take(step)} disabled={busy} data-sign-off-step={step}>
              {t(`step.${step}`)}
            </button>
            {refusal?.step === step ? (
              <span className="refusal" role="alert">
                {refusal.text}
              </span>
            ) : (
              step === 'approve' &&
              blocked && (
                <span className="refusal" data-sign-off-blocked>
                  {errorText(te, blocked)}
                </span>
              )
            )}
          </li>
        ))}
      </ul>
      <h4 className="group-title">{t('ui.records')}</h4>
      {report.signOff.records.length === 0 ? (
        <p>{t('ui.noRecords')}</p>
      ) : (
        <ol className="sign-off-records">
          {report.signOff.records.map((r, i) => (
            <li key={i}>
              {t('ui.record', {
                role: t(`role.${STEP_ROLE[r.step]}`),
                name: r.name,
                step: t(`step.${r.step}`),
                date: formatOfficialDay(r.at, languageOrDefault(i18n.language), timeZone),
              })}
              {r.attribute && ` · ${t(`attribute.${r.attribute}`)}`}
              {r.opinion && ` · ${r.opinion}`}
            </li>
          ))}
        </ol>
      )}
      <VerifyPanel />
    </section>
  );
}
