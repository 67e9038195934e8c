// What a revised text says beyond its body: the title, 主送, the 落款 unit and 成文日期 as the leader's file prints
// them, compared with the version sent out (base) and the draft (ours). The merge of the body
// (core/three-way-merge.ts) keeps ours for all of them; each one the leader's file changes is offered, and taken
// only where the user chose it.
import { formatOfficialDate } from './date-time';
import { reportTitle } from './document';
import type { Language, Report, ReportMeta } from './model';
import { REVISION_METADATA_FIELDS, type RevisionMetadataField } from './revision-fields';

/** One field as printed on each side ('' where that side prints none). */
export interface MetadataChange {
  field: RevisionMetadataField;
  base: string;
  ours: string;
  theirs: string;
}

/** A field as the report prints it: the title always (its default where none is set), the others or ''. */
function printed(meta: ReportMeta, field: RevisionMetadataField): string {
  if (field === 'title') return reportTitle({ meta });
  return (meta[field] ?? '').trim();
}

/**
 * The fields the leader's file prints otherwise than the draft. A field the file does not print at all is not
 * offered: a text that lost its 落款 in an office suite says nothing about the 落款.
 */
export function metadataChanges(base: Report, ours: Report, theirs: Pick<Report, 'meta'>): MetadataChange[] {
  return REVISION_METADATA_FIELDS.flatMap((field) => {
    const change = {
      field,
      base: printed(base.meta, field),
      ours: printed(ours.meta, field),
      theirs: printed(theirs.meta, field),
    };
    return change.theirs !== '' && change.theirs !== change.ours ? [change] : [];
  });
}

/** `ours` with the chosen fields as the leader's file has them. */
export function takeMetadata(
  ours: Report,
  theirs: Pick<Report, 'meta'>,
  fields: readonly RevisionMetadataField[],
): Report {
  const meta = { ...ours.meta };
  for (const field of fields) {
    if (field !== 'title') meta[field] = theirs.meta[field];
    else {
      // The default title stays unset, so it follows the unit and year as before.
      const title = reportTitle(theirs);
      meta.title = title === reportTitle({ meta: { ...ours.meta, title: null } }) ? null : title;
    }
  }
  return { ...ours, meta };
}

/** A field's value as the user reads it: a date as the report prints it, the rest as they are. */
export function metadataText(field: RevisionMetadataField, value: string, language: Language): string {
  return field === 'date' && value ? formatOfficialDate(value, language) : value;
}
