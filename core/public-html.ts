// The public copy as one self-contained HTML page for the government website: the document blocks
// (core/document.ts) as semantic HTML — h1 title, h2 chapters, h3 sections, items as ordered lists — with the
// report's language, a style sheet for phones and for print, and nothing loaded from anywhere else: no scripts,
// no fonts, no images.
import { buildDocument, type Block, type DocPath, type Run } from './document';
import type { Report } from './model';
import { publicStampLine } from './export-stamp';
import { publicReport } from './public-copy';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #1a1a1a; font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Songti SC", serif; font-size: 1.0625rem; line-height: 1.85; -webkit-text-size-adjust: 100%; }
main { max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1, h2, h3 { line-height: 1.5; font-weight: bold; overflow-wrap: anywhere; }
h1 { font-family: "SimSun", "宋体", "Noto Serif CJK SC", serif; font-size: 1.5rem; text-align: center; margin: 0.5rem 0 1.5rem; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.125rem; margin: 1.5rem 0 0.5rem; }
h3 { font-family: "KaiTi", "楷体", "STKaiti", serif; font-size: 1.0625rem; margin: 1rem 0 0.25rem; }
p { margin: 0 0 0.6rem; text-indent: 2em; overflow-wrap: anywhere; }
ol { list-style: none; margin: 0; padding: 0; }
li > p { margin-bottom: 0.6rem; }
li ol { margin-left: 0; }
.item-title { font-weight: bold; }
.signature { margin-top: 2rem; text-align: right; }
.signature p { text-indent: 0; margin: 0; }
.stamp { margin-top: 2rem; text-indent: 0; font-size: 0.75rem; color: #666; }
@media (max-width: 30rem) { main { padding: 1rem 0.75rem 2rem; } h1 { font-size: 1.3rem; } }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  body { font-size: 16pt; line-height: 1.75; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 22pt; }
  h2, h3 { break-after: avoid; }
  p, li { orphans: 2; widows: 2; }
}
`.trim();

function runsHtml(runs: Run[], boldItemTitles: boolean): string {
  return runs
    .map((run) => {
      // A line break inside a paragraph is a line break on the page, as in the PDF.
      const text = escapeHtml(run.text).replaceAll('\n', '<br>');
      if (boldItemTitles && (run.role === 'item-title' || run.role === 'subitem-title'))
        return `<span class="item-title">${text}</span>`;
      return text;
    })
    .join('');
}

const isHeadingRun = (run: Run) => run.role === 'section-marker' || run.role === 'section-heading';
/** An item (…'items', k) or sub-item (…'items', k, 'subItems', j) paragraph, by its path. */
const itemDepth = (path: DocPath) => (path.at(-2) === 'subItems' ? 2 : path.at(-2) === 'items' ? 1 : 0);

export function renderPublicHtml(source: Report): string {
  const report = publicReport(source);
  const doc = buildDocument(report);
  const bold = report.style.boldItemHeadings;
  const out: string[] = [];
  /** Open lists: 1 = items, 2 = sub-items within an item. */
  let depth = 0;
  const closeTo = (level: number) => {
    while (depth > level) {
      out.push(depth === 2 ? '</ol></li>' : '</ol>');
      depth--;
    }
  };
  const paragraph = (runs: Run[]) => `<p>${runsHtml(runs, bold)}</p>`;

  doc.blocks.forEach((block: Block, i) => {
    if (block.type === 'paragraph') {
      const level = itemDepth(block.path);
      if (level === 0) {
        closeTo(0);
        // A run-in section heading (（一）…。 opening a paragraph) is a heading all the same.
        const headingRuns = block.runs.filter(isHeadingRun);
        const rest = block.runs.filter((r) => !isHeadingRun(r));
        if (headingRuns.length) out.push(`<h3>${runsHtml(headingRuns, false)}</h3>`);
        if (rest.length) out.push(paragraph(rest));
        return;
      }
      if (level === 1) {
        closeTo(1);
        if (depth === 0) {
          out.push('<ol>');
          depth = 1;
        }
        const next = doc.blocks[i + 1];
        const hasSubItems = next?.type === 'paragraph' && itemDepth(next.path) === 2;
        out.push(hasSubItems ? `<li>${paragraph(block.runs)}<ol>` : `<li>${paragraph(block.runs)}</li>`);
        if (hasSubItems) depth = 2;
        return;
      }
      // A sub-item after an inline item paragraph has no list item to sit in: it stands as a paragraph.
      if (depth < 2) {
        closeTo(0);
        out.push(paragraph(block.runs));
        return;
      }
      out.push(`<li>${paragraph(block.runs)}</li>`);
      return;
    }
    closeTo(0);
    // The public copy has no recipient line: publicReport removed it.
    switch (block.type) {
      case 'title':
        out.push(`<h1>${escapeHtml(block.text)}</h1>`);
        break;
      case 'heading':
        out.push(`<h${block.level + 1}>${runsHtml(block.runs, false)}</h${block.level + 1}>`);
        break;
      case 'signature': {
        const date =
          block.date && report.meta.date
            ? `<p><time datetime="${report.meta.date}">${escapeHtml(block.date)}</time></p>`
            : '';
        out.push(`<footer class="signature">${block.unit ? `<p>${escapeHtml(block.unit)}</p>` : ''}${date}</footer>`);
        break;
      }
    }
  });
  closeTo(0);
  // The stamp the public PDF and Word copy print at the foot: which version this copy was made from.
  out.push(`<p class="stamp">${escapeHtml(publicStampLine(source, report.meta.language))}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(doc.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<article>',
    ...out,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
