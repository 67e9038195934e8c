// Forged copies of a genuine PDF, made with pdf-lib as a forger would: text drawn invisibly (render mode 3) over a
// page, which a reader of the text layer takes for part of the page.
import {
  beginText,
  endText,
  moveText,
  PDFDocument,
  setFontAndSize,
  setTextRenderingMode,
  showText,
  StandardFonts,
  TextRenderingMode,
} from 'pdf-lib';

/** `genuine` with `text` drawn invisibly on page `pageIndex` (from 0); the document information kept. */
export async function withInvisibleText(genuine: Uint8Array, pageIndex: number, text: string): Promise<Uint8Array> {
  const forged = await PDFDocument.load(genuine, { updateMetadata: false });
  const font = await forged.embedFont(StandardFonts.Helvetica);
  const page = forged.getPage(pageIndex);
  const name = page.node.newFontDictionary('Forged', font.ref);
  page.pushOperators(
    beginText(),
    setFontAndSize(name, 12),
    setTextRenderingMode(TextRenderingMode.Invisible),
    moveText(100, 500),
    showText(font.encodeText(text)),
    endText(),
  );
  return forged.save({ useObjectStreams: false });
}
