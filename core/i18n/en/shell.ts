import type { Messages } from '../types';
import type zh from '../zh-CN/shell';

export default {
} satisfies Messages<typeof zh>;
