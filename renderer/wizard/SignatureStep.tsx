// Signature and sign-off: the signing unit and date as printed, and who drafted, reviewed and approved the
// report. Whether the signature leaves room for the seal is a layout setting (basic step), linked from here.
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import type { Report } from '../../core/model';
import { FindingList } from '../components/FindingList';
import { TextArea } from '../components/TextArea';
import { fieldId, useEditor, useFindingsAt } from './editor-context';

export function SignatureStep({ report, onGoTo }: { report: Report; onGoTo(path: DocPath): void }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const dateFindings = useFindingsAt(['meta', 'date']);
  const dateId = fieldId(['meta', 'date']);
  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.signature')}</h2>
      <div className="form-grid">
        <TextArea single label={t('signature.unit')} path={['meta', 'signatureUnit']} value={report.meta.signatureUnit ?? ''} />
        <div className="field">
          <label htmlFor={dateId}>{t('signature.date')}</label>
          <input id={dateId} type="date" value={report.meta.date ?? ''}
            onChange={(e) => dispatch({ type: 'set', path: ['meta', 'date'], value: e.target.value || null })} />
          <FindingList findings={dateFindings} />
        </div>
      </div>
      <p className="hint">
        {report.style.seal ? t('signature.withSeal') : t('signature.withoutSeal')}{' '}
        <button type="button" className="link-button" onClick={() => onGoTo(['style', 'seal'])}>{t('signature.sealSetting')}</button>
      </p>
      <h3 className="group-title">{t('signature.signOff')}</h3>
      <div className="form-grid">
        <TextArea single label={t('signature.drafter')} path={['meta', 'drafter']} value={report.meta.drafter} />
        <TextArea single label={t('signature.reviewer')} path={['meta', 'reviewer']} value={report.meta.reviewer} />
        <TextArea single label={t('signature.approver')} path={['meta', 'approver']} value={report.meta.approver} />
      </div>
    </div>
  );
}
