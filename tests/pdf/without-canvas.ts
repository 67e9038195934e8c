// Run by read-pdf-without-canvas.test.ts as a child process (`node --import tsx without-canvas.ts <what> <pdf>`):
// pdf.js's native canvas package made unresolvable, as in the installed app, which does not carry it. `reader`
// reads the PDF with the verify reader (text and the first page's drawing) and prints what it read as JSON; `pdfjs` loads pdf.js alone, as the
// reader did before it provided DOMMatrix.
import Module from 'node:module';
import { readFileSync } from 'node:fs';

const CANVAS = '@napi-rs/canvas';
const resolving = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolving._resolveFilename;
resolving._resolveFilename = function (request: string, ...rest: unknown[]) {
  if (request === CANVAS || request.startsWith(`${CANVAS}/`)) {
    throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' });
  }
  return resolve.call(this, request, ...rest);
};

const [what, pdf] = process.argv.slice(2);
if (what === 'reader') {
  const { pageTexts, withPdf } = await import('../../electron/formats/pdf-reading/read-pdf');
  const read = await withPdf(readFileSync(pdf!), async (file) => ({
    info: file.info,
    pages: await pageTexts(file),
    drawing: await file.drawing(1),
  }));
  process.stdout.write(JSON.stringify(read));
} else {
  await import('pdfjs-dist/legacy/build/pdf.mjs');
}
