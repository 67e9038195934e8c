// The one rule for names the program makes for files and folders (default export names from report titles that
// users typed, report and history files from ids): one path segment that Windows accepts — no reserved
// characters, no leading or trailing dot or space, and never a device name.

/**
 * Windows' device names, in any case: CON, PRN, AUX, NUL, COM0–9 and LPT0–9 (the superscript digits ¹ ² ³ too),
 * CONIN$ and CONOUT$.
 */
const DEVICE = /^(?:con|prn|aux|nul|conin\$|conout\$|(?:com|lpt)[0-9¹²³])$/i;

/**
 * Whether Windows takes `name` for a device: it looks at the part before the first dot with trailing spaces and
 * dots dropped, so `CON.pdf`, `con.tar.gz`, `CON .x` and `PRN . 报告` are devices as much as `CON` is.
 */
export function isWindowsDeviceName(name: string): boolean {
  const stem = name.split('.', 1)[0]!.replace(/[ .]+$/, '');
  return DEVICE.test(stem);
}

export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  if (!cleaned) return 'export';
  return isWindowsDeviceName(cleaned) ? `_${cleaned}` : cleaned;
}
