// A labelled choice bound to a field of the report.
import type { DocPath } from '../../core/document';
import { fieldId, useEditor } from '../wizard/editor-context';

interface Props<V extends string> {
  label: string;
  path: DocPath;
  value: V;
  options: readonly { value: V; label: string }[];
}

export function SelectField<V extends string>({ label, path, value, options }: Props<V>) {
  const { dispatch } = useEditor();
  return (
    <div className="field field-inline">
      <label htmlFor={fieldId(path)}>{label}</label>
      <select id={fieldId(path)} value={value} onChange={(e) => dispatch({ type: 'set', path, value: e.target.value })}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ label, path, checked }: { label: string; path: DocPath; checked: boolean }) {
  const { dispatch } = useEditor();
  return (
    <div className="field field-check">
      <input id={fieldId(path)} type="checkbox" checked={checked} onChange={(e) => dispatch({ type: 'set', path, value: e.target.checked })} />
      <label htmlFor={fieldId(path)}>{label}</label>
    </div>
  );
}
