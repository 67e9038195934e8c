// What the app's own .docx says about its structure beyond its text, written by the export
// (electron/formats/docx) and trusted by the Word import (electron/formats/word): the names of its paragraph
// styles (which paragraph is the title, a heading, an item, the signature), of the character styles that mark an
// item's number and title, and the document properties that keep what prints nowhere (the unit, when the title
// does not name it, the year, the language, the office's indicators). Names, not ids: an office suite that
// re-saves the file renames style ids (LibreOffice's Style8) but keeps names and custom properties.
import type { OutlineRole } from './outline-import';

/** The paragraph style each part of the report is set in, by the role the import gives it. */
export const DOCX_PARAGRAPH_STYLE_NAMES = {
  title: '公文标题',
  recipient: '主送机关',
  chapter: '一级标题',
  section: '二级标题',
  item: '三级标题',
  subitem: '四级标题',
  'signature-unit': '发文机关署名',
  'signature-date': '成文日期',
} as const satisfies Record<OutlineRole, string>;

/** Character styles on an item's (and a sub-item's) number and on its title. */
export const DOCX_CHARACTER_STYLE_NAMES = { marker: '条目序号', title: '条目标题' } as const;

/** Custom document properties (docProps/custom.xml). */
export const DOCX_PROPERTIES = {
  organisation: 'ReportDeskOrganisation',
  year: 'ReportDeskYear',
  language: 'ReportDeskLanguage',
  indicators: 'ReportDeskIndicators',
} as const;

/** The role a paragraph style's name gives a paragraph, if it is one of the app's own. */
export function roleOfStyleName(name: string | null): OutlineRole | null {
  const found = Object.entries(DOCX_PARAGRAPH_STYLE_NAMES).find(([, styleName]) => styleName === name?.trim());
  return found ? (found[0] as OutlineRole) : null;
}
