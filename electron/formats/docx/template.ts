// The office's 公文 template in Word's units: the GB/T 9704 page of core/page-geometry.ts as twips, the
// document grid that makes Word, WPS and LibreOffice set 22 lines of 28 characters, and the faces each
// paragraph style carries (with the Windows faces to fall back on named in the font table).
import type { Language } from '../../../core/model';
import { BODY_SIZE, CELL, LINES_PER_PAGE, PAGE_NUMBER_SIZE, TITLE_SIZE } from '../../../core/page-geometry';

/** 1 twip = 1/20 pt. */
export const twips = (points: number): number => Math.round(points * 20);
const mmTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const PAGE = { width: mmTwips(210), height: mmTwips(297) };
export const MARGIN = { top: mmTwips(37), bottom: mmTwips(35), left: mmTwips(28), right: mmTwips(26) };
/** The type area's width: the left and right margins' complement. */
export const TYPE_WIDTH_TWIPS = PAGE.width - MARGIN.left - MARGIN.right;
/** 28.95 pt, in twips (rounded down: 22 lines must fit in the type area, or Word sets 21). */
export const LINE_PITCH_TWIPS = Math.floor((PAGE.height - MARGIN.top - MARGIN.bottom) / LINES_PER_PAGE);
/**
 * Character spacing of the body (twips, negative): 28 characters of a 16 pt face fill 156 mm only when each is
 * set about 0.21 pt narrower. The grid is a line grid (w:docGrid type "lines"): with a character grid and the
 * matching negative w:charSpace, LibreOffice 7.4 sets each character in two cells (14 to a line), so the
 * squeeze is carried by the style instead, which Word, WPS and LibreOffice all honour.
 */
export const CHARACTER_SPACING = Math.floor((CELL - BODY_SIZE) * 20);
/** The page number's line sits 7 mm below the type area: the footer's distance from the page's bottom edge. */
export const FOOTER_DISTANCE = mmTwips(35 - 7) - twips(PAGE_NUMBER_SIZE * 1.3);
export const HEADER_DISTANCE = mmTwips(15);
export const CELL_TWIPS = twips(CELL);

/** Half-points, as w:sz wants them. */
export const SIZE = { body: BODY_SIZE * 2, title: TITLE_SIZE * 2, pageNumber: PAGE_NUMBER_SIZE * 2 };

export type DocxFace = 'title' | 'heading' | 'kai' | 'body' | 'pageNumber';

/** The faces of an official document, and the Windows face each falls back to (w:altName in the font table). */
export const CHINESE_FACES: Record<DocxFace, { name: string; altName?: string }> = {
  title: { name: '方正小标宋简体', altName: '宋体' },
  heading: { name: '黑体' },
  kai: { name: '楷体_GB2312', altName: '楷体' },
  body: { name: '仿宋_GB2312', altName: '仿宋' },
  pageNumber: { name: '宋体' },
};
export const LATIN_FACE = 'Times New Roman';

export interface RunFonts {
  ascii: string;
  hAnsi: string;
  eastAsia: string;
  cs: string;
}

/**
 * The w:rFonts of a face: the Chinese face for East Asian text; for Latin letters and digits Times New Roman in
 * an English report or when the report's style asks for it, else the Chinese face too.
 */
export function runFonts(face: DocxFace, language: Language, latinSerif: boolean): RunFonts {
  const eastAsia = CHINESE_FACES[face].name;
  const latin = language === 'en' || latinSerif ? LATIN_FACE : eastAsia;
  return { ascii: latin, hAnsi: latin, eastAsia, cs: latin };
}

/** Style ids of the template's paragraph styles (their names, in Chinese, are what a typist sees in Word). */
export const STYLE = {
  title: 'GwTitle',
  recipient: 'GwRecipient',
  heading1: 'GwHeading1',
  heading2: 'GwHeading2',
  heading3: 'GwHeading3',
  heading4: 'GwHeading4',
  signatureUnit: 'GwSignatureUnit',
  signatureDate: 'GwSignatureDate',
  pageNumber: 'GwPageNumber',
  /** Character styles: an item's number and its title (core/docx-structure.ts). */
  itemMarker: 'GwItemMarker',
  itemTitle: 'GwItemTitle',
} as const;
