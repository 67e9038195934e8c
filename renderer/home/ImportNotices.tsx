// After a Word import that left something out (tables' layout, images, comments, revisions …): one sentence per
// notice, then the user opens the new report. Without notices the report opens at once.
import { useTranslation } from 'react-i18next';
import type { ImportedDocument } from '../../core/api';
import { reportTitle } from '../../core/document';
import { languageOrDefault } from '../../core/i18n';
import { importNoticeText } from '../../core/import-notices';

export function ImportNotices({ imported, onOpen }: { imported: ImportedDocument; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation('word');
  const language = languageOrDefault(i18n.language);
  return (
    <section className="alert notice import-notices" role="status" aria-labelledby="import-notices-title">
      <p id="import-notices-title">{t('ui.importedTitle', { title: reportTitle(imported.report) })}</p>
      <ul>
        {imported.notices.map((notice) => (
          <li key={notice.code}>{importNoticeText(language, notice)}</li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="primary" onClick={() => onOpen(imported.report.id)}>
          {t('ui.openImported')}
        </button>
      </div>
    </section>
  );
}
