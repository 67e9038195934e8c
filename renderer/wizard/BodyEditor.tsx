// The body every chapter and section shares: lead paragraphs, items (一是… as paragraphs of their own or run
// on in the last lead paragraph) with sub-items, and closing paragraphs.
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath, Markers } from '../../core/document';
import { newId } from '../../core/ids';
import {
  ITEM_SCHEMES,
  itemSchema,
  subItemSchema,
  type Chapter,
  type Item,
  type ItemScheme,
  type Language,
  type Section,
} from '../../core/model';
import { AddButton, Entry } from '../components/EntryControls';
import { InternalMark } from '../yearly/InternalMark';
import { FindingList } from '../components/FindingList';
import { TextArea } from '../components/TextArea';
import { pathKey, samePropsByPath } from '../editing/paths';
import { fieldId, useEditor, useFindingsAt } from './editor-context';
import { usePasteOffer } from './PasteOffer';

type Part = Chapter | Section;

function ParagraphList({
  path,
  paragraphs,
  kind,
  language,
}: {
  path: DocPath;
  paragraphs: string[];
  kind: 'lead' | 'closing';
  language: Language;
}) {
  const { t } = useTranslation();
  const offer = usePasteOffer(path, kind === 'lead', language);
  return (
    <div className="paragraph-list">
      {paragraphs.map((text, i) => {
        const name = t(kind === 'lead' ? 'body.paragraphName' : 'body.closingName', { n: i + 1 });
        return (
          <Entry
            key={i}
            listPath={path}
            index={i}
            count={paragraphs.length}
            name={name}
            id={fieldId([...path, i, 'entry'])}
          >
            <TextArea
              label={t('body.paragraphText')}
              path={[...path, i]}
              value={text}
              rows={4}
              onPasted={offer.onPasted}
            />
            {offer.bar(i, paragraphs.length)}
          </Entry>
        );
      })}
      {offer.bar(paragraphs.length, paragraphs.length)}
      <AddButton listPath={path} length={paragraphs.length} create={() => ''}>
        {t(kind === 'lead' ? 'body.addParagraph' : 'body.addClosing')}
      </AddButton>
    </div>
  );
}

/** The title and body fields that items and sub-items share. */
function ItemFields({
  path,
  entry,
  marker,
  bodyRows,
}: {
  path: DocPath;
  entry: { title: string; body: string; internal?: boolean };
  marker: string;
  bodyRows: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="item-fields">
      <TextArea
        single
        label={t('item.title')}
        marker={marker}
        path={[...path, 'title']}
        value={entry.title}
        placeholder={t('item.titlePlaceholder')}
      />
      <TextArea label={t('item.body')} path={[...path, 'body']} value={entry.body} rows={bodyRows} />
      <InternalMark path={path} internal={entry.internal} />
    </div>
  );
}

const SubItemEditor = memo(function SubItemEditor({
  path,
  sub,
  marker,
}: {
  path: DocPath;
  sub: Item['subItems'][number];
  marker: string;
}) {
  return <ItemFields path={path} entry={sub} marker={marker} bodyRows={2} />;
}, samePropsByPath);

const ItemEditor = memo(function ItemEditor({
  path,
  item,
  marker,
  markers,
}: {
  path: DocPath;
  item: Item;
  marker: string;
  markers: Markers;
}) {
  const { t } = useTranslation();
  const findings = useFindingsAt(path);
  const subPath = [...path, 'subItems'];
  return (
    <>
      <ItemFields path={path} entry={item} marker={marker} bodyRows={3} />
      <FindingList findings={findings} />
      {item.subItems.length > 0 && (
        <div className="sub-items">
          {item.subItems.map((sub, j) => {
            const subMarker = markers.subItem(j + 1).trim();
            return (
              <Entry
                key={sub.id}
                listPath={subPath}
                index={j}
                count={item.subItems.length}
                name={t('item.subItemName', { marker: subMarker })}
                id={fieldId([...subPath, j])}
              >
                <SubItemEditor path={[...subPath, j]} sub={sub} marker={subMarker} />
              </Entry>
            );
          })}
        </div>
      )}
      <AddButton
        small
        listPath={subPath}
        length={item.subItems.length}
        create={() => subItemSchema.parse({ id: newId() })}
      >
        {t('item.addSubItem')}
      </AddButton>
    </>
  );
}, samePropsByPath);

interface BodyProps {
  path: DocPath;
  part: Part;
  markers: Markers;
  firstItem: number;
  /** The report's item scheme; a part may override it. */
  reportScheme: ItemScheme;
  /** The report's language, in which pasted numbers are read. */
  language: Language;
}

/**
 * The numbering scheme of this part's items: the report's unless overridden here. The choice is shown when
 * the part differs from the report, or once the user opens the numbering options.
 */
function PartSchemeField({
  path,
  scheme,
  reportScheme,
}: {
  path: DocPath;
  scheme: ItemScheme | undefined;
  reportScheme: ItemScheme;
}) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const [opened, setOpened] = useState(false);
  const id = fieldId([...path, 'itemScheme']);
  const differs = scheme !== undefined && scheme !== reportScheme;
  if (!differs && !opened) {
    return (
      <button
        type="button"
        className="link-button options-toggle"
        aria-expanded={false}
        onClick={() => {
          setOpened(true);
          requestAnimationFrame(() => document.getElementById(id)?.focus());
        }}
        data-options={pathKey([...path, 'itemScheme'])}
      >
        {t('body.numberingOptions')}
      </button>
    );
  }
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('body.partScheme')}</label>
      <select
        id={id}
        value={scheme ?? ''}
        onChange={(e) =>
          dispatch({
            type: 'set',
            path: [...path, 'itemScheme'],
            value: ITEM_SCHEMES.find((s) => s === e.target.value),
          })
        }
      >
        <option value="">{t('body.sameAsReport', { scheme: t(`scheme.${reportScheme}`) })}</option>
        {ITEM_SCHEMES.map((s) => (
          <option key={s} value={s}>
            {t(`scheme.${s}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

export const BodyEditor = memo(function BodyEditor({
  path,
  part,
  markers,
  firstItem,
  reportScheme,
  language,
}: BodyProps) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const itemsPath = [...path, 'items'];
  const layoutId = fieldId([...path, 'itemLayout']);
  return (
    <div className="body-editor">
      <h4 className="group-title">{t('body.lead')}</h4>
      <ParagraphList path={[...path, 'paragraphs']} paragraphs={part.paragraphs} kind="lead" language={language} />
      <h4 className="group-title">{t('body.items')}</h4>
      <div className="part-options">
        <div className="field field-inline">
          <label htmlFor={layoutId}>{t('body.itemLayout')}</label>
          <select
            id={layoutId}
            value={part.itemLayout}
            onChange={(e) => dispatch({ type: 'set', path: [...path, 'itemLayout'], value: e.target.value })}
          >
            <option value="paragraphs">{t('body.layoutParagraphs')}</option>
            <option value="inline">{t('body.layoutInline')}</option>
          </select>
        </div>
        <PartSchemeField path={path} scheme={part.itemScheme} reportScheme={reportScheme} />
      </div>
      <div className="item-list">
        {part.items.map((item, k) => {
          const marker = markers.item(part.itemScheme ?? reportScheme, firstItem + k).trim();
          return (
            <Entry
              key={item.id}
              listPath={itemsPath}
              index={k}
              count={part.items.length}
              name={t('item.name', { marker })}
              id={fieldId([...itemsPath, k])}
              className="item-entry"
            >
              <ItemEditor path={[...itemsPath, k]} item={item} marker={marker} markers={markers} />
            </Entry>
          );
        })}
      </div>
      <AddButton listPath={itemsPath} length={part.items.length} create={() => itemSchema.parse({ id: newId() })}>
        {t('body.addItem')}
      </AddButton>
      {(part.closing.length > 0 || part.items.length > 0) && (
        <>
          <h4 className="group-title">{t('body.closing')}</h4>
          <ParagraphList path={[...path, 'closing']} paragraphs={part.closing} kind="closing" language={language} />
        </>
      )}
    </div>
  );
}, samePropsByPath);
