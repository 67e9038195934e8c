import type { Messages } from '../types';
import type zh from '../zh-CN/validation';

export default {
} satisfies Messages<typeof zh>;
