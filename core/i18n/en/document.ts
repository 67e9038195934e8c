import type { Messages } from '../types';
import type zh from '../zh-CN/document';

export default {
  defaultTitle: '{{organisation}}: Report on Building a Rule-of-Law Government in {{year}}',
  recipientSuffix: ':',
  draftWatermark: 'DRAFT',
} satisfies Messages<typeof zh>;
