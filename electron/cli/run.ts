// Dispatch for `report-desk`: picks the command, parses its options, runs it, and turns every failure into
// one translated line on stderr and a non-zero exit code (never a stack trace).
import { parseArgs } from 'node:util';
import { toErrorPayload } from '../../core/errors';
import { DEFAULT_LANGUAGE, isLanguage, translator } from '../../core/i18n';
import type { Language } from '../../core/model';
import { defaultDataDir } from '../store/default-data-dir';
import { COMMANDS, UsageError, type Io } from './commands';

export const EXIT_OK = 0;
export const EXIT_USAGE_OR_FAILURE = 2;

/** For keys chosen at run time (usage keys, error codes), whose parameters the type checker cannot see. */
type LooseT = (key: string, params?: Record<string, unknown>) => string;
const loose = (language: Language, ns: 'cli' | 'errors') => translator(language, ns) as unknown as LooseT;

const commonOptions = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } as const;

/** --lang (as `--lang x` or `--lang=x`) wins over REPORT_DESK_LANG; an unknown value is a usage error. */
function languageOf(argv: string[], env: NodeJS.ProcessEnv): Language {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? env.REPORT_DESK_LANG : argv[at]!.startsWith('--lang=') ? argv[at]!.slice(7) : argv[at + 1];
  if (value === undefined || value === '') return DEFAULT_LANGUAGE;
  if (!isLanguage(value)) throw new UsageError('badLanguage', { value });
  return value;
}

/** node:util's parseArgs explains itself in English only: keep the option it names, say the rest ourselves. */
function parseArgsProblem(err: unknown): UsageError {
  const code = (err as NodeJS.ErrnoException).code;
  const option = /'(-[^' ]+)/.exec(err instanceof Error ? err.message : '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError('unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return new UsageError('missingValue', { option });
  return new UsageError('positionals');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let language: Language = DEFAULT_LANGUAGE;
  const t = () => translator(language, 'cli');
  const [name, ...rest] = argv;
  try {
    language = languageOf(argv, io.env);
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      if (name === undefined) {
        io.err(t()('usage.noCommand'));
        return EXIT_USAGE_OR_FAILURE;
      }
      io.out(t()('help.main', { dataDir: defaultDataDir(io.env) }));
      return EXIT_OK;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
      io.err(t()('usage.unknownCommand', { command: name }));
      return EXIT_USAGE_OR_FAILURE;
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...commonOptions, ...command.options }, allowPositionals: true, strict: true });
    } catch (err) {
      throw parseArgsProblem(err);
    }
    if (parsed.values.help) {
      io.out(t()(`help.${command.help}`));
      return EXIT_OK;
    }
    if (!command.positionals.includes(parsed.positionals.length)) throw new UsageError('positionals');
    const values: Record<string, string | boolean | undefined> = parsed.values;
    const missing = (command.required ?? []).find((o) => typeof values[o] !== 'string');
    if (missing) throw new UsageError('missingOption', { option: `--${missing}` });
    return await command.run({ values, positionals: parsed.positionals, language, t: t(), io });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(loose(language, 'cli')(`usage.${err.key}`, { command: name ?? '', ...err.params }));
      return EXIT_USAGE_OR_FAILURE;
    }
    const payload = toErrorPayload(err);
    io.err(loose(language, 'errors')(payload.code, payload.params));
    return EXIT_USAGE_OR_FAILURE;
  }
}
