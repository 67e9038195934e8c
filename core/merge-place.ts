// Where a conflict of a revision's merge (core/three-way-merge.ts) is, and how the user reads it; apart from the
// merge so that the CLI and the page name places without loading the diff library.
import { translator } from './i18n';
import type { Language } from './model';

/** Where a conflict is: the chapter (null: the preamble), section heading and 1-based item and sub-item. */
export interface MergePlace {
  chapter: string | null;
  section: string | null;
  item: number | null;
  subItem: number | null;
}

/** Where a conflict is, as the user reads it: chapter › section › item › sub-item. */
export function placeText(language: Language, place: MergePlace): string {
  const t = translator(language, 'signoff');
  return [
    place.chapter ?? t('cli.place.preamble'),
    place.section,
    place.item === null ? null : t('cli.place.item', { number: place.item }),
    place.subItem === null ? null : t('cli.place.subItem', { number: place.subItem }),
  ]
    .filter((part) => part !== null)
    .join(' › ');
}
