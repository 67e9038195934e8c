// What a revision's preview asks the user to decide, each choice its own control: the side of every conflict
// (the leader's text beside the current draft's, with the text as sent), the fields beyond the body the
// leader's file prints otherwise, and the indicators whose value the text states otherwise. What is not chosen
// stays as the draft has it.
import { useTranslation } from 'react-i18next';
import type { RevisionPreview } from '../../core/api';
import { languageOrDefault } from '../../core/i18n';
import type { RevisionMetadataField } from '../../core/revision-fields';
import { metadataText } from '../../core/revision-metadata';
import { placeText } from '../../core/merge-place';
import type { MergeSide } from '../../core/three-way-merge';

export interface Choices {
  conflicts: (MergeSide | undefined)[];
  metadata: RevisionMetadataField[];
  indicators: string[];
}

/** The choices a preview starts with: no conflict decided; a field only the leader changed is taken. */
export function initialChoices(preview: RevisionPreview): Choices {
  return {
    conflicts: preview.conflicts.map(() => undefined),
    metadata: preview.metadata.filter((m) => m.ours === m.base).map((m) => m.field),
    indicators: [],
  };
}

const toggled = <T,>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list, value] : list.filter((v) => v !== value);

export function RevisionChoices({
  preview,
  choices,
  onChange,
}: {
  preview: RevisionPreview;
  choices: Choices;
  onChange(choices: Choices): void;
}) {
  const { t, i18n } = useTranslation('signoff');
  const lang = languageOrDefault(i18n.language);
  const text = (value: string | null) => value ?? t('ui.deleted');
  const choose = (index: number, side: MergeSide) =>
    onChange({ ...choices, conflicts: choices.conflicts.map((c, i) => (i === index ? side : c)) });
  return (
    <>
      {preview.conflicts.length > 0 && (
        <section className="revision-conflicts">
          <h5 className="group-title">{t('ui.conflicts', { count: preview.conflicts.length })}</h5>
          {preview.conflicts.map((c, index) => (
            <fieldset key={index} className="revision-conflict">
              <legend>{placeText(lang, c.place)}</legend>
              <div className="conflict-sides">
                <div className="conflict-theirs">
                  <h6>{t('ui.conflictTheirs')}</h6>
                  <p>{text(c.theirs)}</p>
                </div>
                <div className="conflict-ours">
                  <h6>{t('ui.conflictOurs')}</h6>
                  <p>{text(c.ours)}</p>
                </div>
              </div>
              <p className="conflict-base">{t('ui.conflictBase', { text: c.base })}</p>
              <label>
                <input
                  type="radio"
                  name={`conflict-${index}`}
                  checked={choices.conflicts[index] === 'theirs'}
                  onChange={() => choose(index, 'theirs')}
                />
                {t('ui.takeTheirs')}
              </label>
              <label>
                <input
                  type="radio"
                  name={`conflict-${index}`}
                  checked={choices.conflicts[index] === 'ours'}
                  onChange={() => choose(index, 'ours')}
                />
                {t('ui.takeOurs')}
              </label>
            </fieldset>
          ))}
        </section>
      )}
      {preview.metadata.length > 0 && (
        <fieldset className="revision-metadata">
          <legend>{t('ui.beyondBody')}</legend>
          {preview.metadata.map((m) => (
            <label key={m.field}>
              <input
                type="checkbox"
                checked={choices.metadata.includes(m.field)}
                onChange={(e) =>
                  onChange({ ...choices, metadata: toggled(choices.metadata, m.field, e.target.checked) })
                }
              />
              {t('ui.takeMetadata', {
                field: t(`metadataField.${m.field}`),
                theirs: metadataText(m.field, m.theirs, lang),
                ours: metadataText(m.field, m.ours, lang) || t('ui.none'),
                base: metadataText(m.field, m.base, lang) || t('ui.none'),
              })}
            </label>
          ))}
        </fieldset>
      )}
      {preview.indicators.length > 0 && (
        <fieldset className="revision-indicators">
          <legend>{t('ui.statedValues')}</legend>
          {preview.indicators.map((d) => (
            <label key={d.indicatorId}>
              <input
                type="checkbox"
                checked={choices.indicators.includes(d.indicatorId)}
                onChange={(e) =>
                  onChange({ ...choices, indicators: toggled(choices.indicators, d.indicatorId, e.target.checked) })
                }
              />
              {t('ui.takeStated', d)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
