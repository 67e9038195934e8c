// Help → Export diagnostics: one plain-text file a support person can read, holding the program's versions and
// the tail of its log. Report contents never go into the log (handlers log method names and error codes only),
// so none reach this file.
import { fileNameStamp } from '../../core/date-time';

export interface DiagnosticsInput {
  appName: string;
  appVersion: string;
  versions: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  osRelease: string;
  locale: string;
  uiLanguage: string;
  packaged: boolean;
  createdAt: Date;
  /** The office's time zone: the file's name carries the local time in it. */
  timeZone: string;
  logs: readonly { name: string; text: string }[];
}

/** Only the end of each log: recent trouble is what matters, and the file stays small enough to e-mail. */
export const LOG_TAIL_BYTES = 512 * 1024;

export function tailOf(text: string, maxBytes = LOG_TAIL_BYTES): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  const tail = bytes.subarray(bytes.length - maxBytes).toString('utf8');
  // Start at a whole line (and past any character cut in half).
  const firstBreak = tail.indexOf('\n');
  return `[… ${bytes.length - maxBytes} bytes omitted …]\n${firstBreak >= 0 ? tail.slice(firstBreak + 1) : tail}`;
}

export function buildDiagnostics(input: DiagnosticsInput): string {
  const lines = [
    `${input.appName} ${input.appVersion} — diagnostics`,
    `created: ${input.createdAt.toISOString()} (time zone: ${input.timeZone})`,
    `packaged: ${input.packaged}`,
    `os: ${input.platform} ${input.osRelease} (${input.arch})`,
    `locale: ${input.locale}; ui language: ${input.uiLanguage}`,
    ...['electron', 'chrome', 'node', 'v8']
      .filter((name) => input.versions[name])
      .map((name) => `${name}: ${input.versions[name]}`),
    '',
  ];
  for (const log of input.logs) {
    lines.push(`===== ${log.name} =====`, tailOf(log.text), '');
  }
  if (input.logs.length === 0) lines.push('(no log file yet)', '');
  return lines.join('\n');
}

/** Named for the local time it was made, as the user would look for it. */
export function diagnosticsFileName(createdAt: Date, timeZone: string): string {
  return `report-desk-diagnostics-${fileNameStamp(createdAt, timeZone)}.txt`;
}
