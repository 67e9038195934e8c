// 导出公开版: the public copy as a web page or a PDF, without the recipient, the names and what is marked
// internal; a missing secrecy review is said before the file is used.
import { useTranslation } from 'react-i18next';
import { languageOrDefault } from '../../core/i18n';
import type { Report } from '../../core/model';
import { useApi } from '../api/api-context';
import { useFileExport } from '../wizard/useFileExport';

export function PublicExport({ report, flush }: { report: Report; flush(): Promise<void> }) {
  const { t, i18n } = useTranslation('yearly');
  const { t: tu } = useTranslation();
  const api = useApi();
  const lang = languageOrDefault(i18n.language);
  const {
    exporting: busy,
    result,
    message,
    run,
  } = useFileExport(flush, (format: 'html' | 'pdf') => api.exportPublicCopy(report.id, { format }));

  return (
    <section className="yearly-panel public-export" aria-labelledby="public-export-title">
      <h3 className="group-title" id="public-export-title">
        {t('public.title')}
      </h3>
      <p className="hint">{t('public.hint')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void run('html')} disabled={busy}>
          {t('public.exportHtml')}
        </button>
        <button type="button" onClick={() => void run('pdf')} disabled={busy}>
          {t('public.exportPdf')}
        </button>
      </div>
      {busy && <p role="status">{t('public.exporting')}</p>}
      {message && (
        <p className="alert alert-error" role="alert">
          {message.text}
        </p>
      )}
      {result && (
        <div role="status" className="public-export-result">
          <p>{t('public.exported', { file: result.fileName })}</p>
          {result.missingCharacters.length > 0 && (
            <p className="alert alert-error">
              {tu('review.missingCharacters', { chars: result.missingCharacters.map((m) => m.char).join(' ') })}
            </p>
          )}
          {result.warnings.map((w) => (
            <p key={w.code} className="alert alert-error">
              {w.message[lang]}
            </p>
          ))}
        </div>
      )}
    </section>
  );
}
