// The template's guidance for a chapter or section: what the regulation expects to be written there.
import { useTranslation } from 'react-i18next';

export function Guidance({ text }: { text: string }) {
  const { t } = useTranslation();
  if (!text) return null;
  return (
    <aside className="guidance" aria-label={t('guidance.label')}>
      <span className="guidance-label">{t('guidance.label')}</span>
      {text}
    </aside>
  );
}
