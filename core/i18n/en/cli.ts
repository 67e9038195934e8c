import type { Messages } from '../types';
import type zh from '../zh-CN/cli';

export default {
} satisfies Messages<typeof zh>;
