// A multi-line field that grows with its text (CSS field-sizing), counts characters, pastes plain text only,
// and stays fast in a long report: the field is uncontrolled while the user types — a keystroke changes the
// field and its character count only — and the text is committed to the report through a Draft (see
// editing/draft.ts) once typing pauses. An IME composition is left alone: nothing is committed, validated or
// saved until it ends. A change from elsewhere (undo, redo, a move) is written into the field.
import {
  memo,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { Draft } from '../editing/draft';
import { samePropsByPath } from '../editing/paths';
import { plainPasteText } from '../editing/plain-paste';
import { fieldId, useEditor, useFindingsAt } from '../wizard/editor-context';
import { FindingList } from './FindingList';
import { hasErrors } from '../../core/validation';

interface Props {
  label: string;
  path: DocPath;
  value: string;
  /** Shown before the text, as it will print (一是, （一）): numbering the user does not type. */
  marker?: string;
  placeholder?: string;
  rows?: number;
  /**
   * A one-paragraph field (titles, headings, names): no line breaks, but it wraps and grows like the others,
   * since a heading that is a whole sentence must be read whole, not cut off at the field's edge.
   */
  single?: boolean;
  /** Told of every paste with the text as copied (its lines and numbers), for an offer to keep its structure. */
  onPasted?(path: DocPath, copied: string): void;
}

const length = (text: string) => [...text].length;

/** Enter does not break a one-paragraph field (an IME's Enter, which confirms a composition, is let through). */
const noLineBreak = (e: KeyboardEvent<HTMLTextAreaElement>) => {
  if (e.key === 'Enter' && !e.nativeEvent.isComposing) e.preventDefault();
};

export const TextArea = memo(function TextArea({
  label,
  path,
  value,
  marker,
  placeholder,
  rows = 3,
  single,
  onPasted,
}: Props) {
  const { t } = useTranslation();
  const editor = useEditor();
  const findings = useFindingsAt(path);
  const ref = useRef<HTMLTextAreaElement>(null);
  // The latest props, for the draft's commit (which may run from a timer after a re-render).
  const latest = useRef({ path, value });
  useLayoutEffect(() => {
    latest.current = { path, value };
  }, [path, value]);
  const [initial] = useState(value);
  const [typedLength, setTypedLength] = useState<number | null>(null);
  const [commits, setCommits] = useState(0);
  const [draft] = useState(
    () =>
      new Draft({
        path: () => latest.current.path,
        text: () => ref.current?.value ?? latest.current.value,
        commit: (text) => {
          if (text === latest.current.value) {
            editor.typingSettled();
            return;
          }
          editor.dispatch({ type: 'set', path: latest.current.path, value: text });
          // Re-checked after this render even if the value prop comes back unchanged (an undo in the same batch
          // takes the commit back: the field must show the report's text again).
          setCommits((n) => n + 1);
        },
      }),
  );
  const countId = useId();
  const findingsId = useId();

  useEffect(() => {
    const remove = editor.drafts.add(draft);
    return () => {
      // Leaving the screen (another step, the entry removed): what was typed still goes in.
      draft.flush();
      draft.dispose();
      remove();
    };
  }, [draft, editor.drafts]);

  // A new value from elsewhere (undo, redo, another field's edit that moved this one) replaces the field's text;
  // the user's own typing is never overwritten, since every other edit commits it first.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || draft.holdsText || el.value === value) return;
    el.value = value;
    setTypedLength(null);
  }, [value, commits, draft]);

  const typed = () => {
    if (!draft.pending) editor.typingStarted();
    draft.changed();
    setTypedLength(length(ref.current?.value ?? ''));
  };

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    e.preventDefault();
    const el = e.currentTarget;
    const copied = e.clipboardData.getData('text/plain');
    el.setRangeText(
      plainPasteText(copied),
      el.selectionStart ?? el.value.length,
      el.selectionEnd ?? el.value.length,
      'end',
    );
    typed();
    draft.flush();
    onPasted?.(path, copied);
  };

  const common = {
    ref,
    id: fieldId(path),
    defaultValue: initial,
    placeholder,
    'aria-describedby': `${countId} ${findings.length ? findingsId : ''}`.trim(),
    'aria-invalid': hasErrors(findings) || undefined,
    onChange: typed,
    onBlur: () => draft.flush(),
    onCompositionStart: () => {
      draft.compositionStart();
      editor.setComposing(true);
    },
    onCompositionEnd: () => {
      editor.setComposing(false);
      draft.compositionEnd();
    },
    onPaste,
  };

  return (
    <div className={single ? 'field field-single' : 'field'}>
      <label htmlFor={common.id}>
        {label}
        {marker && <span className="marker">{marker}</span>}
      </label>
      {single ? (
        <textarea rows={1} className="single-line" onKeyDown={noLineBreak} {...common} />
      ) : (
        <textarea rows={rows} {...common} />
      )}
      <span className="char-count" id={countId}>
        {t('field.characters', { count: typedLength ?? length(value) })}
      </span>
      <FindingList findings={findings} id={findingsId} />
    </div>
  );
}, samePropsByPath);
