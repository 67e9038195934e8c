// The live preview: the blocks of the current step laid out as they will print (document faces, the same
// numbering and text as the PDF, from core/document), with the draft watermark until the report is final.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, RunRole } from '../../core/document';

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

function BlockView({ block, onOpen }: { block: Block; onOpen(path: (string | number)[]): void }) {
  switch (block.type) {
    case 'title':
      return <h1 className="doc-title">{block.text}</h1>;
    case 'recipient':
      return <p className="doc-recipient">{block.text}</p>;
    case 'signature':
      return (
        <div className="doc-signature">
          {block.unit && <p>{block.unit}</p>}
          {block.date && <p>{block.date}</p>}
        </div>
      );
    case 'heading':
    case 'paragraph': {
      const Tag = block.type === 'heading' ? (block.level === 1 ? 'h2' : 'h3') : 'p';
      return (
        <Tag className={block.type === 'heading' ? `doc-heading doc-heading-${block.level}` : 'doc-paragraph'} onClick={() => onOpen(block.path)}>
          {block.runs.map((run, i) => (
            <span key={i} className={ROLE_CLASS[run.role]}>{run.text}</span>
          ))}
        </Tag>
      );
    }
  }
}

export const Preview = memo(function Preview(props: { blocks: Block[]; language: string; draft: boolean; onOpen(path: (string | number)[]): void }) {
  const { t } = useTranslation();
  return (
    <section className="preview" aria-label={t('preview.label')}>
      <h2 className="preview-label">{t('preview.label')}</h2>
      <div className={`paper ${props.draft ? 'paper-draft' : ''}`} lang={props.language} data-watermark={props.draft ? t('preview.watermark') : undefined}>
        {props.blocks.length ? (
          props.blocks.map((block, i) => <BlockView key={i} block={block} onOpen={props.onOpen} />)
        ) : (
          <p className="preview-empty">{t('preview.empty')}</p>
        )}
      </div>
    </section>
  );
});
