// Two versions compared chapter by chapter: changed paragraphs with insertions (<ins>) and deletions (<del>)
// marked inline; unchanged paragraphs are folded away so the changes stand out. A paragraph that only took
// another number (one before it was added or removed) is shown quietly, in grey, with its old and new number.
import { useTranslation } from 'react-i18next';
import { renumberingText, type ReportDiff } from '../../core/version-diff';

export function DiffView({ diff }: { diff: ReportDiff }) {
  const { t } = useTranslation('signoff');
  const chapters = diff.chapters.filter((c) => c.changes.some((x) => x.kind !== 'equal'));
  return (
    <div className="diff-view">
      <p role="status">
        {diff.changed ? t('ui.differences', { count: diff.changed }) : t('ui.noDifferences')}
        {diff.renumbered > 0 && ' ' + t('ui.renumberedCount', { count: diff.renumbered })}
      </p>
      {chapters.map((chapter, i) => (
        <section key={i} className="diff-chapter">
          <h4 className="group-title">{chapter.title}</h4>
          {chapter.changes
            .filter((c) => c.kind !== 'equal')
            .map((change, k) => (
              <p key={k} className={`diff-paragraph diff-${change.kind}`}>
                {change.renumbered && (
                  <span className="diff-numbers">{t('ui.renumbered', { numbers: renumberingText(change) })}</span>
                )}
                {change.parts.map((part, n) =>
                  part.kind === 'added' ? (
                    <ins key={n}>{part.text}</ins>
                  ) : part.kind === 'removed' ? (
                    <del key={n}>{part.text}</del>
                  ) : (
                    <span key={n}>{part.text}</span>
                  ),
                )}
              </p>
            ))}
        </section>
      ))}
    </div>
  );
}
