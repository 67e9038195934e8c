import type { Messages } from '../types';
import type zh from '../zh-CN/ui';

export default {
} satisfies Messages<typeof zh>;
