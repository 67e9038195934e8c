// Which runs of a heading or paragraph print bold: a style decision the PDF and the wizard's live preview must
// agree on. Section headings (楷体) follow `boldSectionHeadings`; item markers and titles follow
// `boldItemHeadings` only when the item is numbered 1. 2. (GB/T 9704's third level) — a 一是 item stays in the
// body weight whatever the setting. The scheme comes with the marker run (document.ts numbered it).
import type { Run } from './document';
import type { DocumentStyle } from './model';

export function boldRuns(
  runs: readonly Run[],
  style: Pick<DocumentStyle, 'boldSectionHeadings' | 'boldItemHeadings'>,
): boolean[] {
  let arabicItem = false;
  return runs.map((run) => {
    switch (run.role) {
      case 'section-marker':
      case 'section-heading':
        return style.boldSectionHeadings;
      case 'item-marker':
        arabicItem = run.scheme === 'arabic';
        return style.boldItemHeadings && arabicItem;
      case 'item-title':
        return style.boldItemHeadings && arabicItem;
      default:
        return false;
    }
  });
}
