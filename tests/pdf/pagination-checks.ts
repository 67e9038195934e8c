// Page-break rules checked on the PDF itself (pdftotext -bbox-layout), independently of the layout code: every
// printed line is matched to the document block it belongs to, then every page but the last is held to the rules.
import { runsText, type DocumentModel } from '../../core/document';
import { LINES_PER_PAGE } from '../../core/page-geometry';
import { isPageNumber, slotOf, squash, type TextLine } from './pdf-inspect';

type Kind = 'title' | 'heading' | 'paragraph' | 'signature';

interface PrintedLine {
  page: number;
  slot: number;
  text: string;
  block: number;
  kind: Kind;
  first: boolean;
  last: boolean;
}

/** The text each block prints, whitespace removed. */
function blockTexts(doc: DocumentModel): { kind: Kind; text: string }[] {
  return doc.blocks.map((b) => {
    switch (b.type) {
      case 'title':
        return { kind: 'title', text: squash(b.text) };
      case 'recipient':
        return { kind: 'paragraph', text: squash(b.text) };
      case 'heading':
        return { kind: 'heading', text: squash(runsText(b.runs)) };
      case 'paragraph':
        return { kind: 'paragraph', text: squash(runsText(b.runs)) };
      case 'signature':
        return { kind: 'signature', text: squash(b.unit + (b.date ?? '')) };
    }
  });
}

/** Each printed line (page numbers aside) with its block, in reading order; throws when the text does not match. */
export function printedLines(lines: TextLine[], doc: DocumentModel): PrintedLine[] {
  const blocks = blockTexts(doc);
  const out: PrintedLine[] = [];
  let b = 0;
  let offset = 0;
  for (const line of lines.filter((l) => !isPageNumber(l))) {
    const text = squash(line.text);
    while (b < blocks.length && offset >= blocks[b]!.text.length) {
      b++;
      offset = 0;
    }
    const block = blocks[b];
    if (!block || !block.text.startsWith(text, offset))
      throw new Error(
        `line 「${line.text}」 on page ${line.page} does not continue block ${b} 「${block?.text ?? ''}」`,
      );
    const first = offset === 0;
    offset += text.length;
    out.push({
      page: line.page,
      // The title's larger face sits off the body grid; it only ever opens page 1.
      slot: slotOf(line) ?? (block.kind === 'title' ? out.length : NaN),
      text: line.text,
      block: b,
      kind: block.kind,
      first,
      last: offset === block.text.length,
    });
  }
  return out;
}

/** Why a page may not end between line a and line b (the next line in reading order), or null. */
function breakViolation(lines: PrintedLine[], a: number): string | null {
  const line = lines[a]!;
  const next = lines[a + 1];
  if (!next) return null;
  if (line.kind === 'heading' || line.kind === 'title') return 'a heading at the bottom of a page';
  if (next.kind === 'signature') return 'the signature split or opening a page';
  if (lines[a + 2]?.kind === 'signature') return 'the signature with fewer than two lines of text';
  if (line.block === next.block && line.first) return 'a paragraph’s first line alone at the bottom';
  if (line.block === next.block && next.last) return 'a paragraph’s last line alone at the top';
  return null;
}

/**
 * On every page but the last: none of the violations above at its end, and no page more than two lines short
 * of 22 unless every fuller ending (taking up lines of the next page that fit) would break a rule.
 */
export function paginationProblems(lines: TextLine[], doc: DocumentModel): string[] {
  const printed = printedLines(lines, doc);
  const problems: string[] = [];
  const pages = Math.max(...printed.map((l) => l.page));
  for (let page = 1; page < pages; page++) {
    const last = printed.findLastIndex((l) => l.page === page);
    if (last < 0) continue;
    const bottom = printed[last]!;
    const where = `page ${page} ends with 「${bottom.text}」`;
    const violation = breakViolation(printed, last);
    if (violation) problems.push(`${where}: ${violation}`);
    const used = bottom.slot + 1;
    if (!(used >= LINES_PER_PAGE - 2)) {
      for (let t = last + 1; t < printed.length && printed[t]!.page === page + 1; t++) {
        const fits = used + printed[t]!.slot + 1 <= LINES_PER_PAGE;
        if (fits && !breakViolation(printed, t))
          problems.push(`${where} after ${used} lines, though it could hold up to 「${printed[t]!.text}」`);
      }
    }
  }
  return problems;
}
