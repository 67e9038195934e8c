// "Internal" on a chapter, section, item or sub-item: printed in the official copy, left out of the public copy.
import { useTranslation } from 'react-i18next';
import type { DocPath } from '../../core/document';
import { CheckboxField } from '../components/SelectField';

export function InternalMark({ path, internal }: { path: DocPath; internal: boolean | undefined }) {
  const { t } = useTranslation('yearly');
  return <CheckboxField label={t('public.internal')} path={[...path, 'internal']} checked={internal === true} />;
}
