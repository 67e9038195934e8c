// Signature and sign-off: the signing unit and date as printed, the seal space, and who drafted, reviewed
// and approved the report.
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import { FindingList } from '../components/FindingList';
import { CheckboxField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fieldId, useEditor, useFindingsAt } from './editor-context';

export function SignatureStep({ report }: { report: Report }) {
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
        <CheckboxField label={t('signature.seal')} path={['style', 'seal']} checked={report.style.seal} />
      </div>
      <h3 className="group-title">{t('signature.signOff')}</h3>
      <div className="form-grid">
        <TextArea single label={t('signature.drafter')} path={['meta', 'drafter']} value={report.meta.drafter} />
        <TextArea single label={t('signature.reviewer')} path={['meta', 'reviewer']} value={report.meta.reviewer} />
        <TextArea single label={t('signature.approver')} path={['meta', 'approver']} value={report.meta.approver} />
      </div>
    </div>
  );
}
