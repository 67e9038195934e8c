// pdf.js for reading only (text and document information, never drawing), so that it runs without its native
// canvas package, @napi-rs/canvas: about 30 MB for Windows, more than the installed app's size allows, and not in
// it. pdf.js's legacy build (the one for Node) takes DOMMatrix, ImageData and Path2D from that package when
// loading; without DOMMatrix it cannot load at all (it builds one at its top level), so a maintained shim gives
// it one where the runtime has none. ImageData and Path2D serve only drawing on a canvas and stay absent.
import type * as PdfJs from './pdfjs';

/**
 * What pdf.js says while loading without the canvas package, before any document's `verbosity` can apply: that
 * the package or a `require` to load it is missing, and what it therefore cannot provide. True, and of no
 * matter to reading, so it stays off the user's terminal; any other warning passes.
 */
const CANVAS_ABSENT =
  /^Warning: Cannot (load "@napi-rs\/canvas" package|access the `require` function|polyfill `(ImageData|Path2D)`)/;

async function withoutCanvasWarnings<T>(load: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && CANVAS_ABSENT.test(args[0]))) warn.apply(console, args);
  };
  try {
    return await load();
  } finally {
    console.warn = warn;
  }
}

/** pdf.js, loaded on first use. */
export async function loadPdfjs(): Promise<typeof PdfJs> {
  const { default: CSSMatrix } = await import('@thednp/dommatrix');
  // The shim has what reading uses (a new matrix, scaled and translated); drawing would need more (invertSelf).
  globalThis.DOMMatrix ??= CSSMatrix as unknown as typeof DOMMatrix;
  return withoutCanvasWarnings(() => import('./pdfjs'));
}
