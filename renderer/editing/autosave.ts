// Autosave: every change reaches the store shortly after typing pauses (well within a second), one save at a
// time, the newest text always wins. A failed save keeps the edit, says so and retries with back-off; the
// unsaved report is journalled locally so a reload (or a crash of the bridge) loses nothing. Saving waits
// while an IME composition is open, so the candidate window is never disturbed.
import type { Report } from '../../core/model';
import type { Journal } from './journal';

export type SaveState = 'saved' | 'saving' | 'failed';

export interface AutosaveOptions {
  save(report: Report): Promise<unknown>;
  journal: Journal;
  onState(state: SaveState): void;
  delayMs?: number;
  /** Continuous typing still saves this long after the first unsaved change at the latest. */
  maxWaitMs?: number;
  retryDelaysMs?: number[];
}

export class Autosaver {
  private pending: Report | null = null;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private composing = false;
  private state: SaveState = 'saved';
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  /** When the oldest change not yet handed to a save was made. */
  private pendingSince: number | null = null;
  private readonly retryDelaysMs: number[];

  constructor(private readonly options: AutosaveOptions) {
    this.delayMs = options.delayMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 800;
    this.retryDelaysMs = options.retryDelaysMs ?? [1000, 2000, 4000, 8000];
  }

  get current(): SaveState {
    return this.state;
  }

  /** A new version of the report to save. */
  schedule(report: Report): void {
    this.pending = report;
    this.pendingSince ??= Date.now();
    this.setState(this.failures ? 'failed' : 'saving');
    // After a failure the retry timer decides when to try again.
    if (!this.failures) this.arm(Math.max(0, Math.min(this.delayMs, this.pendingSince + this.maxWaitMs - Date.now())));
  }

  /** Text is being typed that has not reached the report yet (see draft.ts): no longer "saved". */
  typingStarted(): void {
    if (this.state === 'saved') this.setState('saving');
  }

  /** The typing came to nothing (the text is as it was): "saved" again when nothing else waits. */
  typingSettled(): void {
    if (this.state === 'saving' && !this.pending && !this.inFlight && !this.failures) this.setState('saved');
  }

  setComposing(composing: boolean): void {
    this.composing = composing;
    if (!composing && this.pending && !this.timer) this.arm(this.failures ? this.retryDelay() : this.delayMs);
  }

  /** Writes the unsaved version to the local journal at once (the page is going away). */
  journalNow(): void {
    if (this.pending) this.options.journal.write(this.pending);
  }

  /** Saves whatever is pending now; resolves once the store holds the newest version, rejects if it cannot. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight || this.pending) {
      if (this.inFlight) await this.inFlight;
      else await this.run(true);
      if (this.failures && this.pending) throw new Error('save failed');
    }
  }

  private retryDelay(): number {
    return this.retryDelaysMs[Math.min(this.failures - 1, this.retryDelaysMs.length - 1)] ?? 1000;
  }

  private arm(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run(false);
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private run(force: boolean): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (!this.pending) return Promise.resolve();
    if (this.composing && !force) return Promise.resolve(); // resumed by setComposing(false)
    const report = this.pending;
    this.pending = null;
    this.pendingSince = null;
    this.options.journal.write(report);
    this.setState(this.failures ? 'failed' : 'saving');
    this.inFlight = this.options
      .save(report)
      .then(
        () => {
          this.failures = 0;
          if (this.pending) {
            this.setState('saving');
            this.arm(this.delayMs);
          } else {
            this.options.journal.clear(report.id);
            this.setState('saved');
          }
        },
        () => {
          this.pending ??= report;
          this.failures += 1;
          this.setState('failed');
          this.arm(this.retryDelay());
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    this.options.onState(state);
  }
}
