// The one-clock lint rule in eslint.config.js: a calendar date is made only in core/date-time.ts. Each forbidden
// form is planted in a file that exists only for the linter (lintText with a path inside the tree, so that
// folder's rules apply: core, Node side, shell, renderer, tests) and must be flagged; the clock module itself,
// and instants that stay instants, must pass, so the probes cannot pass by failing to parse.
import { describe, expect, it } from 'vitest';
import { lintProblems } from './lint-probe';

const clockProblems = (file: string, source: string) => lintProblems(file, source, 'no-restricted-syntax');

const forbidden: [file: string, source: string][] = [
  ['core/probe.ts', 'export const today = new Date().toISOString().slice(0, 10);'],
  ['electron/services/probe.ts', 'export const day = (at: string) => new Date(at).toISOString().substring(0, 10);'],
  ['electron/store/probe.ts', "export const day = (at: string) => at.split('T')[0];"],
  ['electron/formats/slip/probe.ts', "export const day = new Date().toISOString().split('T')[0];"],
  ['electron/services/rollup/probe.ts', 'export const day = new Date().toJSON().slice(0, 10);'],
  ['core/probe.ts', 'const d = new Date();\nexport const y = [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];'],
  ['renderer/probe.tsx', 'export const year = new Date().getFullYear() - 1;'],
  ['renderer/components/probe.tsx', 'const d = new Date();\nexport const md = [d.getMonth() + 1, d.getDate()];'],
  ['electron/shell/probe.ts', 'export const stamp = new Date().toISOString().slice(0, 19);'],
  ['electron/menu.ts', 'export const offset = new Date().getTimezoneOffset();'],
  ['renderer/home/probe.tsx', "export const f = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium' });"],
  ['renderer/home/probe.tsx', 'export const shown = new Date().toLocaleDateString();'],
  ['electron/cli/probe.ts', "export const f = Intl.DateTimeFormat('en-US');"],
  ['tests/unit/probe.test.ts', 'export const today = new Date().toISOString().slice(0, 10);'],
  // The year of a calendar date, read by hand.
  ['core/probe.ts', 'export const year = (today: string) => Number(today.slice(0, 4));'],
  ['renderer/probe.tsx', 'export const year = (date: string) => parseInt(date.substring(0, 4), 10);'],
  // A stored ISO time cut to its UTC date or date-time, whatever it is called.
  ['electron/formats/slip/probe.ts', 'export const day = (r: { at: string }) => r.at.slice(0, 10);'],
  ['renderer/signoff/probe.tsx', 'export const day = (at: string) => at.substring(0, 10);'],
  ['electron/store/probe.ts', 'declare const stamp: () => string;\nexport const day = stamp().slice(0, 19);'],
];

const allowed: [file: string, source: string][] = [
  [
    'core/date-time.ts',
    "const d = new Date();\nexport const all = [d.toISOString().slice(0, 10), d.getUTCFullYear(), d.getFullYear(), d.getMonth(), d.getDate(), new Intl.DateTimeFormat('en-US')];",
  ],
  // Instants stay ISO times in UTC; a calendar date's own text may be cut.
  [
    'electron/store/probe.ts',
    "export const at = new Date().toISOString();\nexport const y = '2026-03-02'.slice(0, 4);",
  ],
  [
    'renderer/probe.tsx',
    "import { todayIn, yearIn } from '../../core/date-time';\nexport const t = [todayIn('Asia/Shanghai'), yearIn('UTC')];",
  ],
  ['electron/formats/word/probe.ts', "export const n = (1310).toLocaleString('en-US');"],
  ['electron/store/probe.ts', 'export const key = (hex: string) => hex.slice(0, 16);'],
  ['tests/unit/probe.test.ts', 'export const first = [1, 2, 3].slice(0, 10);'],
];

describe('the one-clock lint rule', () => {
  it.each(forbidden)('flags %s: %s', async (file, source) => {
    expect(await clockProblems(file, source)).not.toEqual([]);
  });

  it.each(allowed)('passes %s: %s', async (file, source) => {
    expect(await clockProblems(file, source)).toEqual([]);
  });
});
