// Validation findings shown at their field, in the UI language.
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/validation-types';
import { languageOrDefault } from '../../core/i18n';

export function FindingList({ findings, id }: { findings: Finding[]; id?: string }) {
  const { i18n } = useTranslation();
  if (!findings.length) return null;
  const lang = languageOrDefault(i18n.language);
  return (
    <ul className="findings" id={id}>
      {findings.map((f, i) => (
        <li key={`${f.code}-${i}`} className={`finding finding-${f.severity}`}>
          {f.message[lang]}
        </li>
      ))}
    </ul>
  );
}
