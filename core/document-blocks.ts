// The printable blocks a report becomes (core/document.ts builds them; the preview, the PDF, the .docx and the
// plain text lay them out), apart from the building so that block makers elsewhere (the plan checklist) can
// name them without importing the document.
import type { DocPath } from './doc-path';
import type { ItemScheme } from './model';

/** What a run of text is, so each output can choose its face (黑体 headings, 楷体 sections, 仿宋 body). */
export type RunRole =
  | 'chapter-marker'
  | 'chapter-title'
  | 'section-marker'
  | 'section-heading'
  | 'item-marker'
  | 'item-title'
  | 'subitem-marker'
  | 'subitem-title'
  | 'body';

export interface Run {
  text: string;
  role: RunRole;
  /** On item and sub-item markers: the numbering scheme the marker was made with (print emphasis follows it). */
  scheme?: ItemScheme;
}

export type Block =
  | { type: 'title'; text: string }
  | { type: 'recipient'; text: string }
  /** 一、… on its own line (level 1), or a standalone （一）… (level 2). */
  | { type: 'heading'; level: 1 | 2; runs: Run[]; path: DocPath }
  /** A body paragraph, first line indented two characters. */
  | { type: 'paragraph'; runs: Run[]; path: DocPath }
  | { type: 'signature'; unit: string; date: string | null };
