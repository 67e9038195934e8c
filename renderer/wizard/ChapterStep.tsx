// One chapter: its title, guidance, body and sections (（一）…), each section with its own body.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstItemNumber, type DocPath, type Markers } from '../../core/document';
import { newId } from '../../core/ids';
import { sectionSchema, type ItemScheme, type Language, type Report, type Section } from '../../core/model';
import { chapterGuidance, sectionGuidance } from '../../core/templates';
import { AddButton, Entry } from '../components/EntryControls';
import { InternalMark } from '../yearly/InternalMark';
import { FindingList } from '../components/FindingList';
import { TextArea } from '../components/TextArea';
import { BodyEditor } from './BodyEditor';
import { samePropsByPath } from '../editing/paths';
import { fieldId, useEditor, useFindingsAt } from './editor-context';
import { useMarkers } from './markers';
import { Guidance } from './Guidance';

const SectionEditor = memo(function SectionEditor(props: {
  path: DocPath;
  section: Section;
  marker: string;
  markers: Markers;
  firstItem: number;
  guidance: string;
  reportScheme: ItemScheme;
  language: Language;
}) {
  const { path, section, marker, markers, firstItem, guidance, reportScheme, language } = props;
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const findings = useFindingsAt(path);
  const styleId = fieldId([...path, 'headingStyle']);
  return (
    <>
      <Guidance text={guidance} />
      <TextArea
        single
        label={t('section.heading')}
        marker={marker}
        path={[...path, 'heading']}
        value={section.heading}
      />
      <div className="field field-inline">
        <label htmlFor={styleId}>{t('section.headingStyle')}</label>
        <select
          id={styleId}
          value={section.headingStyle}
          onChange={(e) => dispatch({ type: 'set', path: [...path, 'headingStyle'], value: e.target.value })}
        >
          <option value="run-in">{t('section.runIn')}</option>
          <option value="standalone">{t('section.standalone')}</option>
        </select>
      </div>
      <InternalMark path={path} internal={section.internal} />
      <FindingList findings={findings} />
      <BodyEditor
        path={path}
        part={section}
        markers={markers}
        firstItem={firstItem}
        reportScheme={reportScheme}
        language={language}
      />
    </>
  );
}, samePropsByPath);

export function ChapterStep({
  report,
  index,
  uiLanguage,
}: {
  report: Report;
  index: number;
  uiLanguage: Report['meta']['language'];
}) {
  const { t } = useTranslation();
  const chapter = report.chapters[index]!;
  const path: DocPath = ['chapters', index];
  const markers = useMarkers(report.style, report.meta.language);
  const findings = useFindingsAt(path);
  const sectionsPath = [...path, 'sections'];
  return (
    <div className="step-form">
      <h2 className="step-title">
        {markers.chapter(index + 1)}
        {chapter.title || t('chapter.untitled')}
      </h2>
      <Guidance text={chapterGuidance(report, index, uiLanguage)} />
      <TextArea
        single
        label={t('chapter.title')}
        marker={markers.chapter(index + 1).trim()}
        path={[...path, 'title']}
        value={chapter.title}
      />
      <InternalMark path={path} internal={chapter.internal} />
      <FindingList findings={findings} />
      <BodyEditor
        path={path}
        part={chapter}
        markers={markers}
        firstItem={firstItemNumber(report.style, chapter, null)}
        reportScheme={report.style.itemScheme}
        language={report.meta.language}
      />
      <h3 className="group-title">{t('chapter.sections')}</h3>
      {chapter.sections.map((section, s) => {
        const marker = markers.section(s + 1).trim();
        return (
          <Entry
            key={section.id}
            listPath={sectionsPath}
            index={s}
            count={chapter.sections.length}
            name={t('section.name', { marker })}
            id={fieldId([...sectionsPath, s])}
            className="section-entry"
          >
            <SectionEditor
              path={[...sectionsPath, s]}
              section={section}
              marker={marker}
              markers={markers}
              firstItem={firstItemNumber(report.style, chapter, s)}
              reportScheme={report.style.itemScheme}
              language={report.meta.language}
              guidance={sectionGuidance(report, index, s, uiLanguage)}
            />
          </Entry>
        );
      })}
      <AddButton
        listPath={sectionsPath}
        length={chapter.sections.length}
        create={() => sectionSchema.parse({ id: newId(), heading: '' })}
      >
        {t('chapter.addSection')}
      </AddButton>
    </div>
  );
}
