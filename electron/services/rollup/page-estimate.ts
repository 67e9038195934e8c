// How many pages a report prints on, counted on the GB/T 9704 grid from core's document blocks without laying
// out glyphs (the PDF layout needs the fonts and costs about as much per report as the whole roll-up):
// a full-width character fills one of the 28 cells of a line, a half-width one half a cell; paragraphs start
// two cells in; the 22 pt title sets about 20 characters a line and is followed by a blank line; the signature
// takes a blank line (two with room for the seal) and a line each for unit and date. 22 lines make a page.
// The PDF's own rules (no lone last line at a page top, a heading never ends a page) can add a page now and
// then: the figure is an estimate, and the workbook says so in its header.
import { runsText, type Block } from '../../../core/document';
import { CHARS_PER_LINE, LINES_PER_PAGE } from '../../../core/page-geometry';
import { halfWidthUnits } from '../../../core/char-width';

const TITLE_CHARS_PER_LINE = 20;

/** Grid cells a text fills: a full-width character one, a half-width one half. */
const cells = (text: string) => halfWidthUnits(text) / 2;

const flowLines = (text: string, indent: number) => (text ? Math.ceil((indent + cells(text)) / CHARS_PER_LINE) : 0);

function blockLineCount(block: Block, seal: boolean): number {
  switch (block.type) {
    case 'title':
      return Math.ceil(cells(block.text) / TITLE_CHARS_PER_LINE) + 1;
    case 'recipient':
      return flowLines(block.text, 0);
    case 'heading':
    case 'paragraph':
      return flowLines(runsText(block.runs), 2);
    case 'signature':
      return (seal ? 2 : 1) + (block.unit ? 1 : 0) + (block.date ? 1 : 0);
  }
}

export function estimatePages(blocks: readonly Block[], seal: boolean): number {
  let lines = 0;
  for (const block of blocks) lines += blockLineCount(block, seal);
  return Math.max(1, Math.ceil(lines / LINES_PER_PAGE));
}
