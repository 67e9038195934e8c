// "导入修改稿…": a revised text of this report (a leader's edits) is read, its diff against the version sent out
// shown, and only on "accept" does it become the report's new draft version.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { revisionPreviewSchema } from '../../core/api';
import { IMPORT_ACCEPT, IMPORT_LIMITS, importTooLarge } from '../../core/import-limits';
import type { Report } from '../../core/model';
import { isLocked } from '../../core/sign-off';
import { useApi } from '../api/api-context';
import { base64Of } from '../api/file-bytes';
import { errorText } from '../app/error-text';
import { DiffView } from './DiffView';
import { useReplaceReport } from './use-replace-report';

type Preview = z.infer<typeof revisionPreviewSchema>;

export function RevisionImport({ report, flush }: { report: Report; flush(): Promise<void> }) {
  const { t } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const replace = useReplaceReport();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  // Who accepts the revision: recorded on its version, as every step's person is.
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);

  const read = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setMessage(null);
    try {
      if (file.size > IMPORT_LIMITS.outline) throw importTooLarge('outline', file.size);
      await flush();
      setPreview(await api.previewRevision(report.id, { fileName: file.name, data: await base64Of(file) }));
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  const accept = async () => {
    if (!preview) return;
    try {
      replace(await api.acceptRevision(report.id, preview.token, name));
      setPreview(null);
      setMessage({ kind: 'info', text: t('ui.revisionAccepted') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  return (
    <section className="revision-import">
      <div className="button-row">
        <button type="button" onClick={() => input.current?.click()} disabled={isLocked(report)}>
          {t('ui.importRevision')}
        </button>
        <input
          ref={input}
          type="file"
          accept={IMPORT_ACCEPT.outline}
          hidden
          data-testid="revision-file"
          onChange={(e) => void read(e.target.files?.[0])}
        />
      </div>
      {preview && (
        <div className="revision-preview">
          <h4 className="group-title">{t('ui.revisionTitle', { file: preview.fileName })}</h4>
          <p>
            {preview.base === null
              ? t('ui.revisionAgainstCurrent')
              : t('ui.revisionAgainst', { version: preview.base })}
          </p>
          <DiffView diff={preview.diff} />
          <label>
            {t('ui.acceptedBy')}
            <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" className="primary" disabled={!name.trim()} onClick={() => void accept()}>
              {t('ui.acceptRevision')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('ui.discardRevision')}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p className={message.kind === 'error' ? 'alert alert-error' : 'alert'} role="alert">
          {message.text}
        </p>
      )}
    </section>
  );
}
