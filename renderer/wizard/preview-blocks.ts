// Which printed blocks the preview shows beside each step.
import { buildDocument, chapterBlocks, type Block } from '../../core/document';
import type { Report } from '../../core/model';
import type { Step } from '../editing/steps';

export function previewBlocks(report: Report, step: Step): Block[] {
  if (step.kind === 'chapter') return chapterBlocks(report, step.index);
  const blocks = buildDocument(report).blocks;
  switch (step.kind) {
    case 'preamble':
      return blocks.filter(
        (b) => b.type === 'title' || b.type === 'recipient' || (b.type === 'paragraph' && b.path[0] === 'preamble'),
      );
    // The signature sits under the last lines of the body: show them together, as on paper.
    case 'signature':
      return [
        ...blocks.filter((b) => b.type === 'paragraph' || b.type === 'heading').slice(-1),
        ...blocks.filter((b) => b.type === 'signature'),
      ];
    // The basic step holds the layout settings: the whole document shows what each of them does.
    case 'basic':
    case 'indicators':
    case 'review':
      return blocks;
  }
}
