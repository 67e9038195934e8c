// Any file a user offers as last year's report → a report, with notices of what was left out. The format is
// recognised from the bytes, never from the name alone: .docx (ZIP + [Content_Types].xml), .doc / .wps (OLE
// with a WordDocument stream), text in any encoding core/text-decode reads. Encrypted, foreign and damaged
// files are refused with a sentence naming what the file is. Every format ends in the one structure recogniser,
// core/outline-import.ts, so a Word file and its plain text give the same report.
import { isEncryptedWordBinary, oleKind, sniff } from '../../../core/file-sniff';
import type { ImportNotice } from '../../../core/import-notices';
import type { Report } from '../../../core/model';
import type { ReviewNote } from '../../../core/version-types';
import { importOutlineSource, outlineOfText, type OutlineSource } from '../../../core/outline-import';
import { decodeText } from '../../../core/text-decode';
import { isStampLine } from '../../../core/export-stamp';
import { reportUnit } from '../../../core/unit-names';
import { autoNumbered, encrypted, notADocument } from './errors';
import type { BinaryWordContent } from './binary-word';
import type { FileKind } from './kinds';
import { docxOutline } from './outline-lines';

export interface ReportDocumentOptions {
  organisation?: string;
  year?: number;
  /** The indicator set (core/indicator-presets); by default the one the organisation's name suggests. */
  indicatorPreset?: string;
  /** The import's time (createdAt / updatedAt); now by default. */
  now?: string;
  /** The office's time zone, for the year of a text that names none; the machine's by default. */
  timeZone?: string;
}

export interface ReportDocument {
  report: Report;
  notices: ImportNotice[];
  /** The document's text as the outline import read it (where indicator values were looked for). */
  text: string;
  /** The document's comments with their authors (a Word file's; none for text). */
  comments: ReviewNote[];
}

interface Lines {
  source: OutlineSource;
  notices: ImportNotice[];
  comments: ReviewNote[];
}

const textLines = ({ lines, notices, comments }: BinaryWordContent): Lines => ({
  source: outlineOfText(lines.join('\n')),
  notices,
  comments,
});

/** What a ZIP holds: a Word document, or another Office / OpenDocument file to name in the refusal. */
async function zipLines(bytes: Uint8Array): Promise<Lines> {
  // The readers (jszip, fast-xml-parser, word-extractor) load only for a file that needs them: a text
  // import, and the CLI and app that merely can import, do not pay for them.
  const [{ ZipParts }, { readDocx }] = await Promise.all([import('./zip-parts'), import('./docx-reader')]);
  const zip = await ZipParts.open(bytes, 'docx');
  if (zip.has('[Content_Types].xml')) {
    if (zip.has('word/document.xml') || zip.list('word/').length) {
      const content = await readDocx(zip);
      return { source: docxOutline(content), notices: content.notices, comments: content.comments };
    }
    if (zip.list('xl/').length) throw notADocument('xlsx');
    if (zip.list('ppt/').length) throw notADocument('pptx');
  }
  if (zip.has('mimetype') && /opendocument\.text/.test((await zip.text('mimetype')) ?? '')) throw notADocument('odt');
  throw notADocument('zip');
}

/** The name a refusal gives a binary Word file: WPS's own extension says it came from WPS. */
const binaryKind = (extension: string): FileKind => (extension === '.wps' ? 'wps' : 'doc');

async function oleLines(bytes: Uint8Array, extension: string): Promise<Lines> {
  switch (oleKind(bytes)) {
    case 'encrypted':
      throw encrypted(extension === '.xlsx' ? 'xlsx' : extension === '.pptx' ? 'pptx' : 'docx');
    case 'word':
      if (isEncryptedWordBinary(bytes)) throw encrypted(binaryKind(extension));
      return textLines(await (await import('./binary-word')).readBinaryWord(bytes, binaryKind(extension)));
    case 'works':
      throw notADocument('works');
    case 'xls':
      throw notADocument('xls');
    case 'ppt':
      throw notADocument('ppt');
    case 'ole':
      throw notADocument('ole');
  }
}

/** The lines of the document in `bytes` and what reading it left out. */
async function documentLines(bytes: Uint8Array, extension = ''): Promise<Lines> {
  const kind = sniff(bytes);
  switch (kind.container) {
    case 'zip':
      return zipLines(bytes);
    case 'ole':
      return oleLines(bytes, extension.toLowerCase());
    case 'json':
    case 'text':
      return { source: outlineOfText(decodeText(bytes).text), notices: [], comments: [] };
    case 'other':
      throw notADocument(kind.kind);
  }
}

/** The bytes of a .docx, .doc, .wps or text file (recognised by content; `extension` for refusals) as a report. */
export async function importReportBytes(
  bytes: Uint8Array,
  options: ReportDocumentOptions = {},
  extension = '',
): Promise<ReportDocument> {
  const { source, notices, comments } = await documentLines(bytes, extension);
  // The stamp line our own exports print is not report text: an exported copy reads back as the report.
  const lines = source.lines.filter((line) => !isStampLine(line.text));
  const text = lines.map((line) => line.text).join('\n');
  const report = importOutlineSource(
    { ...source, lines },
    {
      organisation: options.organisation,
      year: options.year,
      indicatorPreset: options.indicatorPreset,
      now: options.now,
      timeZone: options.timeZone,
    },
  );
  // A Word 97-2003 file numbered automatically whose parts could not be told without their numbers: refused
  // with what is missing and what to do, rather than imported as one long preamble. The unit and year it names
  // tell the roll-up who sent it.
  const numbering = notices.find((n) => n.code === 'autoNumbering');
  if (numbering && report.chapters.length === 0)
    throw autoNumbered(numbering.kind, reportUnit(report), report.meta.year);
  return { report, notices, text, comments };
}
