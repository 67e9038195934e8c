// A choice of indicator preset (统计, 司法, 市场监管, 街道/乡镇, general), the one the unit's name suggests marked.
import { useTranslation } from 'react-i18next';
import { languageOrDefault } from '../../core/i18n';
import { listIndicatorPresets } from '../../core/indicator-presets';

const PRESETS = listIndicatorPresets();

export function PresetSelect({
  id,
  value,
  suggested,
  onChange,
  automatic,
}: {
  id: string;
  /** '' with `automatic`: the set will be the one the unit's name suggests. */
  value: string;
  suggested: string;
  onChange(presetId: string): void;
  /** Offer "suggested from the unit's name" first (an import, before the name is known). */
  automatic?: boolean;
}) {
  const { t, i18n } = useTranslation('indicatorPresets');
  const language = languageOrDefault(i18n.language);
  const chosen = PRESETS.find((p) => p.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('set')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        {automatic && <option value="">{t('automatic')}</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.id === suggested ? t('suggested', { name: p.name[language] }) : p.name[language]}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {chosen ? `${chosen.description[language]} ` : ''}
        {t('setHint')}
      </p>
    </div>
  );
}
