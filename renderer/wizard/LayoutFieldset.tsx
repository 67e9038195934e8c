// The document style (版式) in one place: every setting of core/model.ts `styleSchema`, each of which drives the
// PDF and shows in the live preview at once.
import { useTranslation } from 'react-i18next';
import { ITEM_SCHEMES, type DocumentStyle } from '../../core/model';
import { CheckboxField, SelectField } from '../components/SelectField';
import { fieldId } from './editor-context';

export function LayoutFieldset({ style }: { style: DocumentStyle }) {
  const { t } = useTranslation();
  const schemes = ITEM_SCHEMES.map((s) => ({ value: s, label: t(`scheme.${s}`) }));
  return (
    <fieldset className="layout-fieldset" id={fieldId(['style'])} tabIndex={-1}>
      <legend>{t('layout.legend')}</legend>
      <p className="hint">{t('layout.hint')}</p>
      <div className="form-grid">
        <SelectField
          label={t('layout.itemScheme')}
          path={['style', 'itemScheme']}
          value={style.itemScheme}
          options={schemes}
        />
        <SelectField
          label={t('layout.subItemScheme')}
          path={['style', 'subItemScheme']}
          value={style.subItemScheme}
          options={schemes}
        />
        <SelectField
          label={t('layout.itemNumbering')}
          path={['style', 'itemNumbering']}
          value={style.itemNumbering}
          options={[
            { value: 'restart', label: t('layout.numberingRestart') },
            { value: 'continuous', label: t('layout.numberingContinuous') },
          ]}
        />
        <SelectField
          label={t('layout.latinFont')}
          path={['style', 'latinFont']}
          value={style.latinFont}
          options={[
            { value: 'same', label: t('layout.latinSame') },
            { value: 'serif', label: t('layout.latinSerif') },
          ]}
        />
        <CheckboxField
          label={t('layout.boldSections')}
          path={['style', 'boldSectionHeadings']}
          checked={style.boldSectionHeadings}
        />
        <CheckboxField
          label={t('layout.boldItems')}
          path={['style', 'boldItemHeadings']}
          checked={style.boldItemHeadings}
          hint={t('layout.boldItemsHint')}
        />
        <CheckboxField
          label={t('layout.seal')}
          path={['style', 'seal']}
          checked={style.seal}
          hint={t('layout.sealHint')}
        />
      </div>
    </fieldset>
  );
}
