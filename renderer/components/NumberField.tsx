// A number field that keeps what is typed while it is not (yet) a number, and commits numbers only:
// an empty field commits `null` when `nullable`. The text is read as report text is (core/number-reader.ts):
// １，３１０, 1,310 and 412.5万 are numbers here too.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { readNumber } from '../../core/number-reader';
import { fieldId, useEditor, useFindingsAt } from '../wizard/editor-context';
import { FindingList } from './FindingList';

interface Props {
  label: string;
  path: DocPath;
  value: number | null;
  nullable?: boolean;
  integer?: boolean;
  unit?: string;
}

export function NumberField({ label, path, value, nullable, integer, unit }: Props) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const findings = useFindingsAt(path);
  const [text, setText] = useState<string | null>(null);
  const hintId = useId();
  const shown = text ?? (value === null ? '' : String(value));
  const parse = (raw: string): number | null | undefined => {
    if (!raw.trim()) return nullable ? null : undefined;
    const n = readNumber(raw, unit);
    if (n === null || !Number.isFinite(n) || (integer && !Number.isInteger(n))) return undefined;
    return n;
  };
  const invalid = text !== null && parse(text) === undefined;
  return (
    <div className="field field-number">
      <label htmlFor={fieldId(path)}>{label}</label>
      <span className="number-with-unit">
        <input
          id={fieldId(path)}
          type="text"
          inputMode="decimal"
          value={shown}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? hintId : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const n = parse(e.target.value);
            if (n !== undefined && n !== value) dispatch({ type: 'set', path, value: n });
          }}
          onBlur={() => setText(null)}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {invalid && (
        <span className="finding finding-error" id={hintId}>
          {t('field.notANumber')}
        </span>
      )}
      <FindingList findings={findings} />
    </div>
  );
}
