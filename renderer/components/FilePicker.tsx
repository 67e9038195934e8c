// Choosing a file with a button whose text is ours (the browser's own picker says "Choose File / No file
// chosen" in the browser's language, not the UI's): the native input stays in the page, visually hidden and
// out of the tab order, and the button opens it. The chosen file's name, or what went wrong, shows beside it.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  label: string;
  accept?: string;
  disabled?: boolean;
  hint?: ReactNode;
  /** The message for the last choice that failed (already translated), shown at the field. */
  error?: string | null;
  onChoose(file: File): void;
}

export function FilePicker({ id, label, accept, disabled, hint, error, onChoose }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const labelId = useId();
  const stateId = useId();
  const errorId = useId();
  return (
    <div className="field file-field" role="group" aria-labelledby={labelId}>
      <span className="field-label" id={labelId}>{label}</span>
      <div className="file-row">
        <button type="button" id={id} disabled={disabled} aria-describedby={error ? `${stateId} ${errorId}` : stateId}
          onClick={() => input.current?.click()} aria-label={t('file.chooseNamed', { label })}>
          {t('file.choose')}
        </button>
        <span className="file-state" id={stateId}>{fileName ?? t('file.none')}</span>
      </div>
      {error && <span className="finding finding-error" id={errorId} role="alert">{error}</span>}
      {hint && <p className="hint">{hint}</p>}
      <input ref={input} type="file" className="visually-hidden" tabIndex={-1} aria-hidden="true" accept={accept} data-file-input={id}
        onChange={(e) => {
          const chosen = e.currentTarget.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) fires again.
          e.currentTarget.value = '';
          if (!chosen) return;
          setFileName(chosen.name);
          onChoose(chosen);
        }} />
    </div>
  );
}
