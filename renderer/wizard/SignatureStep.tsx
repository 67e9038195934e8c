// Signature and sign-off: the signing unit and date as printed, and who drafted, reviewed and approved the
// report. Whether the signature leaves room for the seal is a layout setting (basic step), linked from here.
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import type { Report } from '../../core/model';
import { DateField } from '../components/DateField';
import { TextArea } from '../components/TextArea';

export function SignatureStep({ report, onGoTo }: { report: Report; onGoTo(path: DocPath): void }) {
  const { t } = useTranslation();
  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.signature')}</h2>
      <div className="form-grid">
        <TextArea
          single
          label={t('signature.unit')}
          path={['meta', 'signatureUnit']}
          value={report.meta.signatureUnit ?? ''}
        />
        <DateField label={t('signature.date')} path={['meta', 'date']} value={report.meta.date} />
      </div>
      <p className="hint">
        {report.style.seal ? t('signature.withSeal') : t('signature.withoutSeal')}{' '}
        <button type="button" className="link-button" onClick={() => onGoTo(['style', 'seal'])}>
          {t('signature.sealSetting')}
        </button>
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
