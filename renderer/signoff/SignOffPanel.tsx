// The sign-off panel of the review step: the state and fingerprint, the office's optional roles, who takes the
// next step (name, opinion, publication attribute; the name filled from the report's 落款与签批 or the one last
// used for that role), one button per step, the next one emphasised, with its refusal shown beside it, why
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
import {
  STEP_ROLE,
  isLocked,
  nextStep,
  reportState,
  signOffRefusal,
  signerInReport,
  type SignOffRole,
} from '../../core/sign-off';
import { useApi } from '../api/api-context';
import { errorText } from '../app/error-text';
import { useOfficeTimeZone } from '../app/office-clock';
import { useEditor } from '../wizard/editor-context';
import { useReplaceReport } from './use-replace-report';
import { useSignerNames } from './signer-names';
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
  const { remembered, remember } = useSignerNames();
  /** Names typed here, per role: they win over the report's and the remembered ones. */
  const [typed, setTyped] = useState<Partial<Record<SignOffRole, string>>>({});
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
  const next = nextStep(report);
  // The name field is for whoever takes the next step (the reopener once the trail is complete).
  const nameStep = next ?? 'reopen';
  const role = STEP_ROLE[nameStep];
  const name = typed[role] ?? (signerInReport(report, nameStep) || remembered[role] || '');

  const take = async (step: SignOffStep) => {
    setBusy(true);
    setRefusal(null);
    try {
      await flush();
      const signed = await api.signOff(report.id, { step, name, opinion, attribute: attribute || null });
      remember(STEP_ROLE[step], name);
      replace(signed);
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
      {next && (
        <p className="next-step" data-next-step={next}>
          {t('ui.nextStep', { step: t(`step.${next}`), role: t(`role.${role}`) })}
        </p>
      )}
      <div className="sign-off-who">
        <label>
          {t('ui.name')}
          <input
            type="text"
            value={name}
            maxLength={200}
            onChange={(e) => setTyped({ ...typed, [role]: e.target.value })}
          />
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
            <button
              type="button"
              className={step === next ? 'primary' : undefined}
              onClick={() => void take(step)}
              disabled={busy}
              data-sign-off-step={step}
            >
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
