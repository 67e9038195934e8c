// A multi-line field that grows with its text (CSS field-sizing), counts characters, pastes plain text only,
// and leaves an IME composition alone: while composing, the text stays local and nothing is committed,
// validated or saved; the composed text is committed at compositionend.
import { memo, useId, useLayoutEffect, useRef, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { samePropsByPath } from '../editing/paths';
import { plainPasteText } from '../editing/plain-paste';
import { fieldId, useEditor, useFindingsAt } from '../wizard/editor-context';
import { FindingList } from './FindingList';

interface Props {
  label: string;
  path: DocPath;
  value: string;
  /** Shown before the text, as it will print (一是, （一）): numbering the user does not type. */
  marker?: string;
  placeholder?: string;
  rows?: number;
  /** A one-line field (short titles, headings): an <input>. */
  single?: boolean;
}

export const TextArea = memo(function TextArea({ label, path, value, marker, placeholder, rows = 3, single }: Props) {
  const { t } = useTranslation();
  const { dispatch, setComposing } = useEditor();
  const findings = useFindingsAt(path);
  const [draft, setDraft] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  const countId = useId();
  const findingsId = useId();
  const shown = draft ?? value;

  useLayoutEffect(() => {
    if (caret.current !== null && ref.current) {
      ref.current.setSelectionRange(caret.current, caret.current);
      caret.current = null;
    }
  });

  const commit = (text: string) => {
    if (text !== value) dispatch({ type: 'set', path, value: text });
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    e.preventDefault();
    const el = e.currentTarget;
    const text = plainPasteText(pasted);
    const start = el.selectionStart ?? shown.length;
    const end = el.selectionEnd ?? shown.length;
    caret.current = start + text.length;
    commit(shown.slice(0, start) + text + shown.slice(end));
  };

  const common = {
    ref,
    id: fieldId(path),
    value: shown,
    placeholder,
    'aria-describedby': `${countId} ${findings.length ? findingsId : ''}`.trim(),
    'aria-invalid': findings.some((f) => f.severity === 'error') || undefined,
    onChange: (e: { target: { value: string } }) => (draft !== null ? setDraft(e.target.value) : commit(e.target.value)),
    onCompositionStart: () => {
      setDraft(value);
      setComposing(true);
    },
    onCompositionEnd: (e: { currentTarget: { value: string } }) => {
      const text = e.currentTarget.value;
      setDraft(null);
      setComposing(false);
      commit(text);
    },
    onPaste,
  };

  return (
    <div className={single ? 'field field-single' : 'field'}>
      <label htmlFor={common.id}>
        {label}
        {marker && <span className="marker">{marker}</span>}
      </label>
      {single ? <input type="text" {...common} /> : <textarea rows={rows} {...common} />}
      <span className="char-count" id={countId}>
        {t('field.characters', { count: [...shown].length })}
      </span>
      <FindingList findings={findings} id={findingsId} />
    </div>
  );
}, samePropsByPath);
