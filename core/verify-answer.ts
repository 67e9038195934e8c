// What verify answers about a PDF: electron/services/verify-pdf.ts finds it, the typed API carries it, and
// core/verify-sentence.ts says it in one sentence for the CLI and the app's verify page.
import { z } from 'zod';
import { VERSION_KINDS } from './version-types';

/** Far above any report's PDF (a 268-page report is about 2 MB): a larger file is refused before it is read. */
export const MAX_VERIFY_BYTES = 50 * 1024 * 1024;

/**
 * Where a PDF differs from the re-rendering of the version it names: on a page, what is drawn there first
 * differently (invisible text; the text claimed the same but other glyphs or glyph shapes drawn, as by a font
 * whose ToUnicode map was changed; other text; other drawing); or the number of pages; or, every page drawing the same, the file's bytes.
 */
export const DRAWN_DIFFERENCES = ['invisible-text', 'remapped-font', 'text', 'drawing'] as const;
export type DrawnDifference = (typeof DRAWN_DIFFERENCES)[number];

export const printedComparisonSchema = z.union([
  /** The very bytes the program writes for that version: "identical to version N as printed". */
  z.object({ identical: z.literal(true) }),
  z.object({ identical: z.literal(false), page: z.number().int().min(1), what: z.enum(DRAWN_DIFFERENCES) }),
  z.object({ identical: z.literal(false), page: z.null(), what: z.enum(['pages', 'bytes']) }),
]);
export type PrintedComparison = z.infer<typeof printedComparisonSchema>;

export const verifyAnswerSchema = z.object({
  status: z.enum(['signed-off', 'older', 'draft', 'unknown']),
  /** The fingerprint as found: 64 hex digits from the metadata, or the 16 of the printed short code. */
  found: z.string().max(64),
  /** The data folder searched, named when nothing matched. */
  dataDir: z.string(),
  reportId: z.string().optional(),
  title: z.string().optional(),
  version: z.number().int().nullable().optional(),
  kind: z.enum(VERSION_KINDS).optional(),
  /** The PDF says it is the approval slip of that version. */
  slip: z.literal(true).optional(),
  /** The PDF says it is the public copy made from that version (null: from an unsigned draft). */
  publicCopy: z.literal(true).optional(),
  /** The PDF compared with that version's re-rendering; absent when nothing matched. */
  printed: printedComparisonSchema.optional(),
  /** Where the PDF's text differs from the version's, when the PDF is not the one printed. */
  differences: z.array(z.string()).optional(),
});
export type VerifyAnswer = z.infer<typeof verifyAnswerSchema>;

/** Whether the answer vouches for the PDF: the signed-off version's file (report, public copy or slip) as printed. */
export const verifiedAsSigned = (answer: VerifyAnswer): boolean =>
  answer.status === 'signed-off' && answer.printed?.identical === true;
