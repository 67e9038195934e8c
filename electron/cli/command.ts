// What every command of `report-desk` is made of: the command's shape (options, positionals, run), the context
// it runs in (parsed options, language, output streams), usage mistakes, and the option readers the commands
// share. Imported by run.ts, commands.ts and the command modules alike, and importing none of them.
import type { TFunction } from 'i18next';
import { isPlausibleYear, type Language } from '../../core/model';
import { readNumber } from '../../core/number-reader';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Where a long command draws its progress (stderr); absent: no progress shown. */
  progress?: { isTTY: boolean; write(text: string): void };
}

export interface Context {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  language: Language;
  t: TFunction<'cli'>;
  io: Io;
}

/** `output`: the option names a file the command writes, which --force alone lets it replace (run.ts). */
type OptionSpec = { type: 'string' | 'boolean'; output?: true };

export interface Command {
  help:
    | 'import'
    | 'text'
    | 'validate'
    | 'export'
    | 'list'
    | 'show'
    | 'importPackage'
    | 'exportPackage'
    | 'versions'
    | 'diff'
    | 'signOff'
    | 'slip'
    | 'verify'
    | 'nextYear'
    | 'rollup';
  options: Record<string, OptionSpec>;
  /** Allowed numbers of positional arguments ('some': one or more). */
  positionals: number[] | 'some';
  required?: string[];
  run(ctx: Context): Promise<number>;
}

/** A usage mistake: reported with the command's name, exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly key:
      | 'unknownOption'
      | 'missingValue'
      | 'missingOption'
      | 'positionals'
      | 'badLanguage'
      | 'badYear'
      | 'exportSource'
      | 'badOnDuplicate'
      | 'badVersion'
      | 'badStep'
      | 'badAttribute'
      | 'badTake'
      | 'revisionConflicts'
      | 'intoNeedsName'
      | 'outputExists',
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

/** The option every data-folder command takes. */
export const dataDirOption = { 'data-dir': { type: 'string' } } as const;

export const str = (ctx: Context, name: string): string | undefined => {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
};

export function parseYear(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = readNumber(value);
  if (year === null || !isPlausibleYear(year)) throw new UsageError('badYear', { value });
  return year;
}
