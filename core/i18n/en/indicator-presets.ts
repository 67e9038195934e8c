import type { Messages } from '../types';
import type zh from '../zh-CN/indicator-presets';

export default {
  set: 'Indicator set',
  setHint:
    'Common figures for a kind of department; you can still add, rename and remove them. Suggested from the unit’s name.',
  suggested: '{{name}} (suggested)',
  addSet: 'Add this set’s figures',
  added_one: 'Added {{count}} figure.',
  added_other: 'Added {{count}} figures.',
  addedNone: 'All of this set’s figures are already listed.',
  unsureCount_one: 'The text does not settle {{count}} value; it was left empty for you to check.',
  unsureCount_other: 'The text does not settle {{count}} values; they were left empty for you to check.',
  unsure: 'The text does not settle this figure (it could be {{candidates}}), so it was left empty: {{sentence}}',
  or: 'or',
  automatic: 'Suggested from the unit’s name',
  unsureLine: 'Figure "{{label}}" left empty: the text could mean {{candidates}}; check it in the Key figures step.',
} satisfies Messages<typeof zh>;
