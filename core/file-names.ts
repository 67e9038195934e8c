// Default file names come from report titles (organisation names typed by users): keep them to one path
// segment that Windows accepts — no reserved characters, no trailing dot or space, no device name.
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

export function safeFileName(name: string): string {
  const cleaned = name
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  if (!cleaned) return 'export';
  return RESERVED.test(cleaned) ? `_${cleaned}` : cleaned;
}
