// Any file a user offers as last year's report → a report, with notices of what was left out. The format is
// recognised from the bytes, never from the name alone: .docx (ZIP + [Content_Types].xml), .doc / .wps (OLE
// with a WordDocument stream), text in any encoding core/text-decode reads. Encrypted, foreign and damaged
// files are refused with a sentence naming what the file is. Every format ends in the one structure recogniser,
// core/outline-import.ts, so a Word file and its plain text give the same report.
import { isEncryptedWordBinary, sniff } from '../../../core/file-sniff';
import { acceptInput } from '../../../core/input-kind';
import type { ReviewNote } from '../../../core/version-types';
import type { ImportNotice } from '../../../core/import-notices';
import type { Report } from '../../../core/model';
import { importOutlineSource, outlineOfText, type OutlineSource } from '../../../core/outline-import';
import { decodeText } from '../../../core/text-decode';
import { isStampLine } from '../../../core/export-stamp';
import { reportUnit } from '../../../core/unit-names';
import { autoNumbered, damaged, encrypted, notAReport } from './errors';
import type { BinaryWordContent } from './binary-word';
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
  /** Import a text with no chapters all the same: the user confirmed it (the CLI's --anyway). */
  anyway?: boolean;
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

/** A .docx's lines (an encrypted one is an OLE wrapper around its ciphertext). */
async function docxLines(bytes: Uint8Array): Promise<Lines> {
  if (sniff(bytes).container === 'ole') throw encrypted('docx');
  // The readers (jszip, fast-xml-parser, word-extractor) load only for a file that needs them: a text
  // import, and the CLI and app that merely can import, do not pay for them.
  const [{ ZipParts }, { readDocx }] = await Promise.all([import('./zip-parts'), import('./docx-reader')]);
  const zip = await ZipParts.open(bytes, 'docx');
  if (!zip.has('word/document.xml') && !zip.list('word/').length) throw damaged('docx');
  const content = await readDocx(zip);
  return { source: docxOutline(content), notices: content.notices, comments: content.comments };
}

async function binaryWordLines(bytes: Uint8Array, kind: 'doc' | 'wps'): Promise<Lines> {
  if (isEncryptedWordBinary(bytes)) throw encrypted(kind);
  return textLines(await (await import('./binary-word')).readBinaryWord(bytes, kind));
}

/** The lines of the document in `bytes` and what reading it left out; anything but Word or text is refused. */
async function documentLines(bytes: Uint8Array, extension: string): Promise<Lines> {
  const kind = acceptInput(bytes, 'document', extension);
  switch (kind) {
    case 'docx':
      return docxLines(bytes);
    case 'doc':
    case 'wps':
      return binaryWordLines(bytes, kind);
    default:
      return { source: outlineOfText(decodeText(bytes).text), notices: [], comments: [] };
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
  // A text with neither chapters nor a title naming a unit and year is no report (a notice, a program's
  // settings, the wrong file): refused, unless the user confirmed it is the one to import. The title is looked
  // for in the text itself, not in the unit and year the caller may supply; a report this program exported
  // records its unit, so an empty one comes back.
  if (report.chapters.length === 0 && !options.anyway) {
    const bare = importOutlineSource({ ...source, lines }, { now: options.now, timeZone: options.timeZone });
    if (bare.meta.title === null && !bare.meta.organisation) throw notAReport();
  }
  return { report, notices, text, comments };
}
