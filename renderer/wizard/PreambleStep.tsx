// The preamble: the paragraphs before 一、 (guiding principles, basis, overall picture).
import { useTranslation } from 'react-i18next';
import type { Report } from '../../core/model';
import { preambleGuidance } from '../../core/templates';
import { AddButton, Entry } from '../components/EntryControls';
import { FindingList } from '../components/FindingList';
import { TextArea } from '../components/TextArea';
import { fieldId, useFindingsAt } from './editor-context';
import { Guidance } from './Guidance';
import { usePasteOffer } from './PasteOffer';

const PREAMBLE = ['preamble'];

export function PreambleStep({ report, uiLanguage }: { report: Report; uiLanguage: Report['meta']['language'] }) {
  const { t } = useTranslation();
  const findings = useFindingsAt(['preamble']);
  // The preamble has no items; a whole report pasted here is offered to the outline import.
  const offer = usePasteOffer(PREAMBLE, false, report.meta.language);
  return (
    <div className="step-form" id={fieldId(['preamble'])} tabIndex={-1}>
      <h2 className="step-title">{t('step.preamble')}</h2>
      <Guidance text={preambleGuidance(report, uiLanguage)} />
      <FindingList findings={findings} />
      {report.preamble.map((text, i) => (
        <Entry
          key={i}
          listPath={['preamble']}
          index={i}
          count={report.preamble.length}
          name={t('body.paragraphName', { n: i + 1 })}
          id={fieldId(['preamble', i, 'entry'])}
        >
          <TextArea
            label={t('body.paragraphText')}
            path={['preamble', i]}
            value={text}
            rows={5}
            onPasted={offer.onPasted}
          />
          {offer.bar(i, report.preamble.length)}
        </Entry>
      ))}
      <AddButton listPath={['preamble']} length={report.preamble.length} create={() => ''}>
        {t('body.addParagraph')}
      </AddButton>
    </div>
  );
}
