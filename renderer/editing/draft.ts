// Typing stays in the text field itself until it pauses: a keystroke changes only the field on screen (no
// re-render of the wizard, the stepper or the preview, whatever the report's length), and the text is committed
// to the report — undo history, preview, validation, autosave — once typing pauses, when the field loses focus,
// before any other edit, and at the latest `maxWaitMs` after the first uncommitted keystroke. An open IME
// composition is never committed: its end commits.
import type { DocPath } from '../../core/document';

export interface DraftOptions {
  idleMs?: number;
  maxWaitMs?: number;
}

export const DRAFT_IDLE_MS = 200;
export const DRAFT_MAX_WAIT_MS = 400;

export interface DraftSource {
  /** Where the text goes in the report (read at commit time: a moved entry commits to its new place). */
  path(): DocPath;
  /** The text in the field now. */
  text(): string;
  /** Hands the text to the report (only when it differs from the report's). */
  commit(text: string): void;
}

export class Draft {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private since: number | null = null;
  private composing = false;
  private readonly idleMs: number;
  private readonly maxWaitMs: number;

  constructor(
    private readonly source: DraftSource,
    options: DraftOptions = {},
  ) {
    this.idleMs = options.idleMs ?? DRAFT_IDLE_MS;
    this.maxWaitMs = options.maxWaitMs ?? DRAFT_MAX_WAIT_MS;
  }

  /** Typed text not yet in the report (an open composition counts only once it ends). */
  get pending(): boolean {
    return this.since !== null && !this.composing;
  }

  /** The field holds text the report does not have yet, committed or not (a composition too). */
  get holdsText(): boolean {
    return this.since !== null;
  }

  /** The field's text changed (typing, deleting, pasting). */
  changed(): void {
    this.since ??= Date.now();
    if (this.composing) return;
    this.clearTimer();
    const wait = Math.max(0, Math.min(this.idleMs, this.since + this.maxWaitMs - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  compositionStart(): void {
    this.composing = true;
    this.clearTimer();
  }

  compositionEnd(): void {
    this.composing = false;
    this.since ??= Date.now();
    this.flush();
  }

  /** Commits now what was typed, if anything. */
  flush(): void {
    this.clearTimer();
    if (!this.pending) return;
    this.since = null;
    this.source.commit(this.source.text());
  }

  /** What a commit now would write, for the page going away (no React render happens any more then). */
  pendingEdit(): { path: DocPath; text: string } | null {
    return this.pending ? { path: this.source.path(), text: this.source.text() } : null;
  }

  dispose(): void {
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** The drafts of the fields on screen: committed together before any other edit. */
export class DraftSet {
  private readonly drafts = new Set<Draft>();

  add(draft: Draft): () => void {
    this.drafts.add(draft);
    return () => {
      this.drafts.delete(draft);
    };
  }

  flushAll(): void {
    for (const draft of this.drafts) draft.flush();
  }

  pendingEdits(): { path: DocPath; text: string }[] {
    return [...this.drafts].flatMap((d) => d.pendingEdit() ?? []);
  }
}
