// "The same report", once for every round-trip test: what a user typed and chose, as the report prints it.
//
// Two reports are the same when they agree on
// - the unit, the year and the language;
// - the printed blocks in reading order — title, recipient, chapter and section headings, paragraphs, the
//   signature unit and date — each block's runs with their role (chapter/section marker and heading, item and
//   sub-item marker, item title, body) and text: so the numbering as printed (scheme, numbers running on or
//   restarting), items as paragraphs or inline, a section's heading run in or standing alone, line breaks
//   inside paragraphs;
// - whether the signature leaves room for the seal (where there is a signature to place);
// - the indicators: label, unit, kind, value, not applicable, the whole a part belongs to, last year's value.
// Ids, timestamps, template keys and guidance links, and the sign-off trail are not typed and not compared;
// nor is what prints nothing: an empty paragraph, spaces at a paragraph's ends (the PDF trims them).
// Plain text cannot carry an item's title apart from its body (both are text on one line) nor the seal (the
// placement of the signature): for `text` those are compared as printed, title and body as one run.
import { buildDocument, type Block, type Run } from '../../core/document';
import type { Report } from '../../core/model';
import type { Carrier } from './generate-report';

interface PrintedRun {
  role: Run['role'];
  text: string;
}

type PrintedBlock =
  | { type: 'title' | 'recipient'; text: string }
  | { type: 'heading' | 'paragraph'; level?: 1 | 2; runs: PrintedRun[] }
  | { type: 'signature'; unit: string; date: string | null };

const roleIn = (role: Run['role'], carrier: Carrier): Run['role'] =>
  carrier === 'text' && (role === 'item-title' || role === 'subitem-title') ? 'body' : role;

/** A block's runs as they print: roles the carrier tells apart, adjacent runs of one role as one, ends trimmed. */
function printedRuns(runs: Run[], carrier: Carrier): PrintedRun[] {
  const out: PrintedRun[] = [];
  for (const run of runs) {
    const role = roleIn(run.role, carrier);
    const last = out.at(-1);
    if (last && last.role === role) last.text += run.text;
    else out.push({ role, text: run.text });
  }
  if (out.length) {
    out[0]!.text = out[0]!.text.trimStart();
    out[out.length - 1]!.text = out.at(-1)!.text.trimEnd();
  }
  return out.filter((run) => run.text !== '');
}

function printedBlock(block: Block, carrier: Carrier): PrintedBlock[] {
  switch (block.type) {
    case 'title':
    case 'recipient':
      return [{ type: block.type, text: block.text }];
    case 'heading':
    case 'paragraph': {
      const runs = printedRuns(block.runs, carrier);
      if (!runs.some((run) => run.text.trim())) return [];
      return [block.type === 'heading' ? { type: 'heading', level: block.level, runs } : { type: 'paragraph', runs }];
    }
    case 'signature':
      return [{ type: 'signature', unit: block.unit, date: block.date }];
  }
}

/** What "the same report" compares (see the header). */
export function reportContent(report: Report, carrier: Carrier) {
  const blocks = buildDocument(report).blocks.flatMap((block) => printedBlock(block, carrier));
  const signed = blocks.some((block) => block.type === 'signature');
  const labelOf = (id: string | undefined) => report.indicators.find((i) => i.id === id)?.label ?? null;
  return {
    organisation: report.meta.organisation,
    year: report.meta.year,
    language: report.meta.language,
    blocks,
    seal: carrier === 'docx' && signed ? report.style.seal : null,
    indicators: report.indicators.map((i) => ({
      label: i.label,
      unit: i.unit,
      kind: i.kind,
      value: i.value,
      notApplicable: i.notApplicable,
      partOf: labelOf(i.partOf),
      previousValue: i.previousValue ?? null,
    })),
  };
}
