// Dispatch for `report-desk`: picks the command, parses its options, runs it, and turns every failure into
// one translated line on stderr and a non-zero exit code (never a stack trace).
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toErrorPayload } from '../../core/errors';
import { DEFAULT_LANGUAGE, errorMessage, isLanguage, translator } from '../../core/i18n';
import type { Language } from '../../core/model';
import { defaultDataDir } from '../services/default-data-dir';
import { UsageError, type Command, type Io } from './command';
import { COMMANDS } from './commands';

export const EXIT_OK = 0;
export const EXIT_USAGE_OR_FAILURE = 2;

/** Usage keys are chosen at run time: their parameters are beyond what the type checker can follow. */
const usageText = (language: Language, key: UsageError['key'], params: Record<string, string>) =>
  (translator(language, 'cli') as unknown as (key: string, params: object) => string)(`usage.${key}`, params);

const commonOptions = { help: { type: 'boolean', short: 'h' }, lang: { type: 'string' } } as const;
/** Options that may come before the command's name, with the values they take. */
const LEADING_OPTIONS_WITH_VALUE = new Set(['--lang', '--data-dir']);

/**
 * The command's name and the arguments around it: `report-desk --lang en list` is `list --lang en`. Undefined
 * when only options were given (then --help means the main help).
 */
function splitCommand(argv: string[]): { name: string | undefined; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('-')) return { name: arg, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
    if (LEADING_OPTIONS_WITH_VALUE.has(arg)) i++;
  }
  return { name: undefined, rest: argv };
}

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

/** The options naming files the command writes; with any, the command takes --force to replace them. */
const outputOptions = (command: Command) => Object.keys(command.options).filter((o) => command.options[o]!.output);

/** Whether `file` is a file; any path the system cannot follow is left to the writer to explain. */
function isFile(file: string): boolean {
  try {
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

/**
 * No command replaces an existing file unless --force says so: checked before anything is read or written. A
 * folder given instead is left to the writer, which says so (FILE_IS_FOLDER).
 */
function refuseExistingOutput(command: Command, values: Record<string, string | boolean | undefined>): void {
  if (values.force === true) return;
  for (const option of outputOptions(command)) {
    const file = values[option];
    if (typeof file === 'string' && isFile(file)) throw new UsageError('outputExists', { file });
  }
}

interface Writable {
  write(text: string): unknown;
}

/** The command's output on two streams, a failure prefixed with the command's name (main.ts; tests in-process). */
export const streamIo = (stdout: Writable, stderr: Writable & { isTTY?: boolean }, env: NodeJS.ProcessEnv): Io => ({
  out: (text) => void stdout.write(text + '\n'),
  err: (text) => void stderr.write(`report-desk: ${text}\n`),
  env,
  // Long commands (rollup) draw their progress on stderr: a bar on a terminal, plain lines otherwise.
  progress: { isTTY: Boolean(stderr.isTTY), write: (text) => void stderr.write(text) },
});

/**
 * A reader that stops early (`report-desk diff … | head`, `ReportDesk.exe --cli … | more`) closes the pipe: what is
 * left to print has nowhere to go and is dropped quietly (a closed stream takes no more writes), and the command
 * ends as it would have. Any other stream error is left to crash as before. Called by both entries of the command
 * (main.ts for Node, the shell's cli-launch.ts for the installed app).
 */
export function endQuietlyOnClosedPipe(streams: readonly NodeJS.WriteStream[]): void {
  for (const stream of streams) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let language: Language = DEFAULT_LANGUAGE;
  const t = () => translator(language, 'cli');
  const { name, rest } = splitCommand(argv);
  try {
    language = languageOf(argv, io.env);
    if (name === undefined || name === 'help') {
      if (name === undefined && !rest.some((a) => a === '--help' || a === '-h')) {
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
      parsed = parseArgs({
        args: rest,
        options: {
          ...commonOptions,
          ...command.options,
          ...(outputOptions(command).length > 0 ? { force: { type: 'boolean' } } : {}),
        },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw parseArgsProblem(err);
    }
    if (parsed.values.help) {
      io.out(t()(`help.${command.help}`));
      return EXIT_OK;
    }
    const count = parsed.positionals.length;
    if (command.positionals === 'some' ? count === 0 : !command.positionals.includes(count))
      throw new UsageError('positionals');
    const values: Record<string, string | boolean | undefined> = parsed.values;
    const missing = (command.required ?? []).find((o) => typeof values[o] !== 'string');
    if (missing) throw new UsageError('missingOption', { option: `--${missing}` });
    refuseExistingOutput(command, values);
    return await command.run({ values, positionals: parsed.positionals, language, t: t(), io });
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(usageText(language, err.key, { command: name ?? '', ...err.params }));
      return EXIT_USAGE_OR_FAILURE;
    }
    io.err(errorMessage(language, toErrorPayload(err)));
    return EXIT_USAGE_OR_FAILURE;
  }
}
