// The renderer is served from our own privileged scheme, never from file:// or a remote URL, so that one origin
// identifies our pages: the IPC sender check, navigation guard and CSP all key on it.
export const APP_SCHEME = 'app';
export const APP_HOST = 'report-desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to our renderer. Compared by scheme and host because WHATWG `URL.origin` is "null" for
 * non-special schemes such as app:, which would make every app: URL look alike.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === ''
  );
}
