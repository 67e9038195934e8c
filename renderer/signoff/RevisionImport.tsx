// "导入修改稿…": a revised text of this report (a leader's edits) is read and merged with the draft's edits since
// it was sent (core/three-way-merge.ts). The preview says what reading the file found (tracked changes, comments,
// …), how many edits the draft made since sending and where, what the leader changed, what accepting changes in
// the draft, and asks for every choice (RevisionChoices); only on "accept" does the merge, as chosen, become the
// report's new draft version.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionPreview } from '../../core/api';
import { languageOrDefault } from '../../core/i18n';
import { IMPORT_ACCEPT, IMPORT_LIMITS, importTooLarge } from '../../core/import-limits';
import { importNoticeText } from '../../core/import-notices';
import type { Report } from '../../core/model';
import { isLocked } from '../../core/sign-off';
import { useApi } from '../api/api-context';
import { base64Of } from '../api/file-bytes';
import { errorText } from '../app/error-text';
import { DiffView } from './DiffView';
import { RevisionChoices, initialChoices, type Choices } from './RevisionChoices';
import { useReplaceReport } from './use-replace-report';

export function RevisionImport({ report, flush }: { report: Report; flush(): Promise<void> }) {
  const { t, i18n } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const lang = languageOrDefault(i18n.language);
  const api = useApi();
  const replace = useReplaceReport();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<RevisionPreview | null>(null);
  const [choices, setChoices] = useState<Choices | null>(null);
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
      const next = await api.previewRevision(report.id, { fileName: file.name, data: await base64Of(file) });
      setPreview(next);
      setChoices(initialChoices(next));
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(te, err) });
    }
  };

  const open = choices ? choices.conflicts.filter((c) => c === undefined).length : 0;
  const accept = async () => {
    if (!preview || !choices || open) return;
    try {
      const conflicts = choices.conflicts.filter((c) => c !== undefined);
      replace(await api.acceptRevision(report.id, preview.token, name, { ...choices, conflicts }));
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
      {preview && choices && (
        <div className="revision-preview">
          <h4 className="group-title">{t('ui.revisionTitle', { file: preview.fileName })}</h4>
          {preview.notices.length > 0 && (
            <section className="revision-notices" aria-label={t('ui.notices')}>
              <h5 className="group-title">{t('ui.notices')}</h5>
              <ul>
                {preview.notices.map((notice) => (
                  <li key={notice.code}>{importNoticeText(lang, notice)}</li>
                ))}
              </ul>
            </section>
          )}
          {preview.reviewNotes.length > 0 && (
            <section className="revision-review-notes" aria-label={t('ui.reviewNotes')}>
              <h5 className="group-title">{t('ui.reviewNotes')}</h5>
              <ul>
                {preview.reviewNotes.map((note, i) => (
                  <li key={i}>{t('ui.reviewNote', { author: note.author || t('ui.noAuthor'), text: note.text })}</li>
                ))}
              </ul>
            </section>
          )}
          <p className="revision-draft-edits" role="status">
            {preview.draftEdits.count
              ? t('ui.draftEdits', {
                  count: preview.draftEdits.count,
                  chapters: preview.draftEdits.chapters.join('、'),
                })
              : t('ui.noDraftEdits')}
          </p>
          {preview.draftEdits.count > 0 && (
            <details className="revision-draft-diff">
              <summary>{t('ui.showDraftEdits')}</summary>
              <DiffView diff={preview.draftDiff} />
            </details>
          )}
          <section className="revision-leader">
            <h5 className="group-title">{t('ui.leaderChanges')}</h5>
            <p>
              {preview.base === null
                ? t('ui.revisionAgainstCurrent')
                : t('ui.revisionAgainst', { version: preview.base })}
            </p>
            <DiffView diff={preview.diff} />
          </section>
          <RevisionChoices preview={preview} choices={choices} onChange={setChoices} />
          {/* With no edits since sending, accepting changes the draft as the leader changed the version sent. */}
          {preview.draftEdits.count > 0 && (
            <section className="revision-merged" aria-label={t('ui.mergedChanges')}>
              <h5 className="group-title">{t('ui.mergedChanges')}</h5>
              <DiffView diff={preview.merged} />
            </section>
          )}
          <label>
            {t('ui.acceptedBy')}
            <input type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <div className="button-row">
            <button type="button" className="primary" disabled={!name.trim() || open > 0} onClick={() => void accept()}>
              {t('ui.acceptRevision')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('ui.discardRevision')}
            </button>
          </div>
          {open > 0 && <p className="hint">{t('ui.conflictsOpen', { count: open })}</p>}
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
