// The live preview: the blocks of the current step laid out as they will print (document faces, the same
// numbering and text as the PDF, from core/document), with the document style (bold headings, the Latin face,
// the signature with or without room for the seal) and the draft watermark until the report is final.
// Everything on the paper is in the report's language; only the frame around it follows the UI.
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, DocPath, Run, RunRole } from '../../core/document';
import { translator } from '../../core/i18n';
import type { DocumentStyle, Language } from '../../core/model';
import { boldRuns } from '../../core/print-emphasis';

const ROLE_CLASS: Record<RunRole, string> = {
  'chapter-marker': 'run-chapter',
  'chapter-title': 'run-chapter',
  'section-marker': 'run-section',
  'section-heading': 'run-section',
  'item-marker': 'run-item-marker',
  'item-title': 'run-item-title',
  'subitem-marker': 'run-item-marker',
  'subitem-title': 'run-item-title',
  body: 'run-body',
};

type Emphasis = Pick<DocumentStyle, 'boldSectionHeadings' | 'boldItemHeadings' | 'seal'>;

interface BlockProps {
  block: Block;
  emphasis: Emphasis;
  onOpen(path: DocPath): void;
}

function RunsView({ runs, emphasis }: { runs: Run[]; emphasis: Emphasis }) {
  const bold = boldRuns(runs, emphasis);
  return runs.map((run, i) => (
    <span key={i} className={bold[i] ? `${ROLE_CLASS[run.role]} run-bold` : ROLE_CLASS[run.role]}>
      {run.text}
    </span>
  ));
}

function BlockView({ block, emphasis, onOpen }: BlockProps) {
  switch (block.type) {
    case 'title':
      return <h1 className="doc-title">{block.text}</h1>;
    case 'recipient':
      return <p className="doc-recipient">{block.text}</p>;
    case 'signature':
      return (
        <div className={emphasis.seal ? 'doc-signature doc-signature-seal' : 'doc-signature'}>
          {block.unit && <p className="doc-signature-unit">{block.unit}</p>}
          {block.date && <p className="doc-signature-date">{block.date}</p>}
        </div>
      );
    case 'heading':
    case 'paragraph': {
      const Tag = block.type === 'heading' ? (block.level === 1 ? 'h2' : 'h3') : 'p';
      return (
        <Tag
          className={block.type === 'heading' ? `doc-heading doc-heading-${block.level}` : 'doc-paragraph'}
          onClick={() => onOpen(block.path)}
        >
          <RunsView runs={block.runs} emphasis={emphasis} />
        </Tag>
      );
    }
  }
}

const sameRuns = (a: Run[], b: Run[]) =>
  a.length === b.length && a.every((r, i) => r.text === b[i]!.text && r.role === b[i]!.role);
const samePath = (a: DocPath, b: DocPath) => a.length === b.length && a.every((k, i) => k === b[i]);

/** Blocks are rebuilt on every edit; a block whose printed content did not change keeps its DOM untouched. */
function sameBlock(a: Block, b: Block): boolean {
  if (a === b) return true;
  switch (a.type) {
    case 'title':
    case 'recipient':
      return a.type === b.type && a.text === (b as typeof a).text;
    case 'signature':
      return b.type === 'signature' && a.unit === b.unit && a.date === b.date;
    case 'heading':
      return b.type === 'heading' && a.level === b.level && samePath(a.path, b.path) && sameRuns(a.runs, b.runs);
    case 'paragraph':
      return b.type === 'paragraph' && samePath(a.path, b.path) && sameRuns(a.runs, b.runs);
  }
}

const MemoBlock = memo(
  BlockView,
  (a, b) => a.emphasis === b.emphasis && a.onOpen === b.onOpen && sameBlock(a.block, b.block),
);

interface PreviewProps {
  blocks: Block[];
  language: Language;
  style: DocumentStyle;
  draft: boolean;
  onOpen(path: DocPath): void;
}

export const Preview = memo(function Preview({ blocks, language, style, draft, onOpen }: PreviewProps) {
  const { t } = useTranslation();
  const watermark = draft ? translator(language, 'document')('draftWatermark') : undefined;
  const { boldSectionHeadings, boldItemHeadings, seal } = style;
  // One object while these three settings stay, so unchanged blocks are not re-rendered.
  const emphasis = useEmphasis(boldSectionHeadings, boldItemHeadings, seal);
  const classes = ['paper', draft ? 'paper-draft' : '', style.latinFont === 'serif' ? 'paper-latin-serif' : '']
    .filter(Boolean)
    .join(' ');
  // In a narrow window (or at a large page zoom) the preview sits below the form and can be folded away.
  const [folded, setFolded] = useState(false);
  const paperId = useId();
  return (
    <section className={folded ? 'preview preview-folded' : 'preview'} aria-label={t('preview.label')}>
      <div className="preview-head">
        <h2 className="preview-label">{t('preview.label')}</h2>
        <button
          type="button"
          className="link-button preview-toggle"
          aria-expanded={!folded}
          aria-controls={paperId}
          onClick={() => setFolded(!folded)}
        >
          {folded ? t('preview.show') : t('preview.hide')}
        </button>
      </div>
      <div id={paperId} className={classes} lang={language} data-watermark={watermark}>
        {blocks.length ? (
          blocks.map((block, i) => <MemoBlock key={i} block={block} emphasis={emphasis} onOpen={onOpen} />)
        ) : (
          <p className="preview-empty">{t('preview.empty')}</p>
        )}
      </div>
    </section>
  );
});

function useEmphasis(boldSectionHeadings: boolean, boldItemHeadings: boolean, seal: boolean): Emphasis {
  return useMemo(
    () => ({ boldSectionHeadings, boldItemHeadings, seal }),
    [boldSectionHeadings, boldItemHeadings, seal],
  );
}
