// A file the page's own chooser (or a drop) handed over, as the base64 text the typed API carries it in.

/** The file's bytes as base64, in slices (a spread of a whole file would overflow the call stack). */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
