// Basic information: unit, year, title, recipient, the report's own language and numbering style, and the
// outline of chapters (add, rename, reorder, remove).
import { useTranslation } from 'react-i18next';
import { reportTitle } from '../../core/document';
import { newId } from '../../core/ids';
import { chapterSchema, ITEM_SCHEMES, LANGUAGES, type Report } from '../../core/model';
import { AddButton, Entry } from '../components/EntryControls';
import { FindingList } from '../components/FindingList';
import { NumberField } from '../components/NumberField';
import { CheckboxField, SelectField } from '../components/SelectField';
import { TextArea } from '../components/TextArea';
import { fieldId, useFindingsAt } from './editor-context';
import { useMarkers } from './markers';

export function BasicStep({ report }: { report: Report }) {
  const { t } = useTranslation();
  const markers = useMarkers(report.style, report.meta.language);
  const chapterFindings = useFindingsAt(['chapters']);
  const generatedTitle = reportTitle({ meta: { ...report.meta, title: null } });
  return (
    <div className="step-form">
      <h2 className="step-title">{t('step.basic')}</h2>
      <div className="form-grid">
        <TextArea single label={t('basic.organisation')} path={['meta', 'organisation']} value={report.meta.organisation} />
        <NumberField label={t('basic.year')} path={['meta', 'year']} value={report.meta.year} integer />
        <TextArea single label={t('basic.title')} path={['meta', 'title']} value={report.meta.title ?? ''} placeholder={generatedTitle} />
        <TextArea single label={t('basic.recipient')} path={['meta', 'recipient']} value={report.meta.recipient ?? ''} placeholder={t('basic.recipientPlaceholder')} />
        <SelectField label={t('basic.reportLanguage')} path={['meta', 'language']} value={report.meta.language}
          options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
        <SelectField label={t('basic.itemScheme')} path={['style', 'itemScheme']} value={report.style.itemScheme}
          options={ITEM_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }))} />
        <SelectField label={t('basic.itemNumbering')} path={['style', 'itemNumbering']} value={report.style.itemNumbering}
          options={[{ value: 'restart', label: t('basic.numberingRestart') }, { value: 'continuous', label: t('basic.numberingContinuous') }]} />
        <CheckboxField label={t('basic.boldSections')} path={['style', 'boldSectionHeadings']} checked={report.style.boldSectionHeadings} />
        <CheckboxField label={t('basic.boldItems')} path={['style', 'boldItemHeadings']} checked={report.style.boldItemHeadings} />
      </div>
      <p className="hint">{t('basic.languageHint')}</p>
      <h3 className="group-title">{t('basic.chapters')}</h3>
      <FindingList findings={chapterFindings} />
      <div className="chapter-outline" id={fieldId(['chapters'])} tabIndex={-1}>
        {report.chapters.map((chapter, i) => {
          const marker = markers.chapter(i + 1).trim();
          return (
            <Entry key={chapter.id} listPath={['chapters']} index={i} count={report.chapters.length}
              name={t('chapter.name', { marker })} id={fieldId(['chapters', i, 'entry'])}>
              <TextArea single label={t('chapter.title')} marker={marker} path={['chapters', i, 'title']} value={chapter.title} />
            </Entry>
          );
        })}
      </div>
      <AddButton listPath={['chapters']} length={report.chapters.length} create={() => chapterSchema.parse({ id: newId(), title: '' })}>
        {t('basic.addChapter')}
      </AddButton>
    </div>
  );
}
