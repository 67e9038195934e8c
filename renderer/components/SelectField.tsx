// A labelled choice bound to a field of the report.
import { useId } from 'react';
import type { DocPath } from '../../core/document';
import { fieldId, useEditor } from '../wizard/editor-context';

interface Props<V extends string> {
  label: string;
  path: DocPath;
  value: V;
  options: readonly { value: V; label: string }[];
  /** Instead of setting the field: a choice that changes more than its field (the report language). */
  onChoose?(value: V): void;
}

export function SelectField<V extends string>({ label, path, value, options, onChoose }: Props<V>) {
  const { dispatch } = useEditor();
  const choose = (raw: string) => {
    const chosen = options.find((o) => o.value === raw)?.value;
    if (chosen === undefined) return;
    if (onChoose) onChoose(chosen);
    else dispatch({ type: 'set', path, value: chosen });
  };
  return (
    <div className="field field-inline">
      <label htmlFor={fieldId(path)}>{label}</label>
      <select id={fieldId(path)} value={value} onChange={(e) => choose(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  label,
  path,
  checked,
  hint,
}: {
  label: string;
  path: DocPath;
  checked: boolean;
  hint?: string;
}) {
  const { dispatch } = useEditor();
  const hintId = useId();
  return (
    <div className="field field-check">
      <input
        id={fieldId(path)}
        type="checkbox"
        checked={checked}
        aria-describedby={hint ? hintId : undefined}
        onChange={(e) => dispatch({ type: 'set', path, value: e.target.checked })}
      />
      <label htmlFor={fieldId(path)}>{label}</label>
      {hint && (
        <p className="hint check-hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
