// Default export names come from report titles (organisation names typed by users): keep them to one safe
// path segment inside the exports folder.
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a file name
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').trim();
  return cleaned || 'export';
}
