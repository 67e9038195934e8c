// 核对 PDF: the user chooses or drops a PDF and reads in one sentence what it is — the signed-off version as
// printed, an older version, a public copy, a slip, a file changed after export (where, and how its text
// differs) or unknown. The PDF travels to main as bytes through the typed API (verifyPdf), which prints the
// version again and compares (electron/services/verify-pdf.ts); the sentence is core/verify-answer.ts's.
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../core/errors';
import { languageOrDefault } from '../../core/i18n';
import { formatSize } from '../../core/import-limits';
import { MAX_VERIFY_BYTES, verifiedAsSigned, type VerifyAnswer } from '../../core/verify-answer';
import { verifySentence } from '../../core/verify-sentence';
import { useApi } from '../api/api-context';
import { base64Of } from '../api/file-bytes';
import { errorText } from '../app/error-text';

type Outcome = { fileName: string } & ({ answer: VerifyAnswer } | { error: string });

/** Text differences shown at most: the sentence says the rest. */
const SHOWN_DIFFERENCES = 20;

export function VerifyPanel() {
  const { t, i18n } = useTranslation('signoff');
  const { t: te } = useTranslation('errors');
  const api = useApi();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const check = async (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    setBusy(true);
    setOutcome(null);
    try {
      if (file.size > MAX_VERIFY_BYTES) throw new AppError('VERIFY_TOO_LARGE', { size: formatSize(file.size) });
      const answer = await api.verifyPdf({ fileName: file.name, data: await base64Of(file) });
      setOutcome({ fileName: file.name, answer });
    } catch (err) {
      setOutcome({ fileName: file.name, error: errorText(te, err) });
    } finally {
      setBusy(false);
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  };

  const answer = outcome && 'answer' in outcome ? outcome.answer : null;
  const differences = answer?.differences ?? [];
  const tone = !outcome ? '' : answer && verifiedAsSigned(answer) ? 'verify-good' : 'verify-bad';
  return (
    <section className="verify-panel" aria-labelledby="verify-title">
      <h3 id="verify-title">{t('verify.page.title')}</h3>
      <div
        className={`verify-drop${dragging ? ' dragging' : ''}`}
        data-testid="verify-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p className="hint">{t('verify.page.hint')}</p>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>
          {t('verify.page.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".pdf,application/pdf"
          hidden
          data-testid="verify-file"
          onChange={(e) => void check(e.target.files?.[0])}
        />
      </div>
      <div role="status" aria-live="polite">
        {busy && <p>{t('verify.page.checking')}</p>}
        {outcome && (
          <div className={`verify-outcome ${tone}`}>
            <p className="verify-file">{t('verify.page.file', { file: outcome.fileName })}</p>
            <p className="verify-answer" data-testid="verify-answer">
              {answer ? verifySentence(answer, languageOrDefault(i18n.language)) : 'error' in outcome && outcome.error}
            </p>
            {differences.length > 0 && (
              <>
                <p>{t('verify.textDiffers', { count: differences.length })}</p>
                <ul className="verify-differences">
                  {differences.slice(0, SHOWN_DIFFERENCES).map((d, i) => (
                    <li key={i}>{d}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
