// Basic information: unit, year, title, recipient, the report's own language, the document style (版式), and
// the outline of chapters (add, rename, reorder, remove).
import { useTranslation } from 'react-i18next';
import { reportTitle } from '../../core/document';
import { newId } from '../../core/ids';
import { chapterSchema, LANGUAGES, type Report } from '../../core/model';
import { setReportLanguage } from '../../core/report-ops';
import { AddButton, Entry } from '../components/EntryControls';
import { FindingList } from '../components/FindingList';
import { NumberField } from '../components/NumberField';
import { SelectField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fieldId, useEditor, useFindingsAt } from './editor-context';
import { LayoutFieldset } from './LayoutFieldset';
import { useMarkers } from './markers';

export function BasicStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const markers = useMarkers(report.style, report.meta.language);
  const chapterFindings = useFindingsAt(['chapters']);
  const generatedTitle = reportTitle({ meta: { ...report.meta, title: null } });
  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.basic')}</h2>
      <div className="form-grid">
        <TextArea
          single
          label={t('basic.organisation')}
          path={['meta', 'organisation']}
          value={report.meta.organisation}
        />
        <NumberField label={t('basic.year')} path={['meta', 'year']} value={report.meta.year} integer />
        <TextArea
          single
          label={t('basic.title')}
          path={['meta', 'title']}
          value={report.meta.title ?? ''}
          placeholder={generatedTitle}
        />
        <TextArea
          single
          label={t('basic.recipient')}
          path={['meta', 'recipient']}
          value={report.meta.recipient ?? ''}
          placeholder={t('basic.recipientPlaceholder')}
        />
        <SelectField
          label={t('basic.reportLanguage')}
          path={['meta', 'language']}
          value={report.meta.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
          onChoose={(language) => dispatch({ type: 'update', update: (r) => setReportLanguage(r, language) })}
        />
      </div>
      <p className="hint">{t('basic.languageHint')}</p>
      <LayoutFieldset style={report.style} />
      <h3 className="group-title">{t('basic.chapters')}</h3>
      <FindingList findings={chapterFindings} />
      <div className="chapter-outline" id={fieldId(['chapters'])} tabIndex={-1}>
        {report.chapters.map((chapter, i) => {
          const marker = markers.chapter(i + 1).trim();
          return (
            <Entry
              key={chapter.id}
              listPath={['chapters']}
              index={i}
              count={report.chapters.length}
              name={t('chapter.name', { marker })}
              id={fieldId(['chapters', i, 'entry'])}
            >
              <TextArea
                single
                label={t('chapter.title')}
                marker={marker}
                path={['chapters', i, 'title']}
                value={chapter.title}
              />
            </Entry>
          );
        })}
      </div>
      <AddButton
        listPath={['chapters']}
        length={report.chapters.length}
        create={() => chapterSchema.parse({ id: newId(), title: '' })}
      >
        {t('basic.addChapter')}
      </AddButton>
    </div>
  );
}
