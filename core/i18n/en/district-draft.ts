import type { Messages } from '../types';
import type zh from '../zh-CN/district-draft';

export default {
  report: {
    preamble:
      'The situation in {{year}} is reported as follows (drafted from the annual reports of {{count}} departments):',
    attributed: '{{unit}}: {{text}}',
    otherMeasures: 'Other work.',
    totals: 'Totals from the reports of {{count}} departments: {{figures}}.',
    figure: '{{label}}: {{value}} {{unit}} ({{count}} of {{total}} units reported)',
    figureBlank: '{{label}}: none of {{total}} units reported',
    separator: '; ',
  },
  page: {
    open: 'Draft our own report…',
    heading: 'Draft our own report from the roll-up',
    intro:
      "A new draft of this office's annual report made from the departments' reports this roll-up used: totals summed with the number of units that reported them, the departments' measures, shortcomings and next year's plans quoted by theme with their unit's name. The draft opens in the wizard.",
    unit: 'Our unit',
    year: 'Report year',
    create: 'Draft and open',
    cancel: 'Cancel',
    creating: 'Drafting…',
  },
  cli: {
    created: 'Drafted our own report in the data folder: {{title}} (id {{id}})',
  },
} satisfies Messages<typeof zh>;
