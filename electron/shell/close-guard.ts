// Closing the window while a save is pending. Two kinds of pending save exist:
// - saves already sent (saveReport calls in flight in the main process): main sees them and waits for them;
// - edits the renderer holds but has not sent yet (its autosave debounce): the renderer's `beforeunload` sends
//   them at once and cancels the unload, which Electron reports as `will-prevent-unload`; main then waits for
//   that save to land and closes again. When the renderer still refuses after a full wait (its saves keep
//   failing), the user is asked whether to keep editing or close and discard.
// No API addition is needed: the web platform's beforeunload is the renderer's way of saying "not yet".

/** Counts saves in flight and tells when they are all done. */
export class SaveTracker {
  private count = 0;
  private waiters: (() => void)[] = [];

  get pending(): number {
    return this.count;
  }

  track<T>(save: Promise<T>): Promise<T> {
    this.count += 1;
    const settle = () => {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    };
    save.then(settle, settle);
    return save;
  }

  /** Resolves true once nothing is in flight, false if `timeoutMs` passes first. */
  idle(timeoutMs: number, delay: Delay): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      let done = false;
      const finish = (value: boolean) => {
        if (done) return;
        done = true;
        resolve(value);
      };
      this.waiters.push(() => finish(true));
      void delay(timeoutMs).then(() => finish(false));
    });
  }
}

export type Delay = (ms: number) => Promise<void>;

export interface CloseGuardOptions {
  tracker: SaveTracker;
  /** Ask the user; true means close and discard what is not saved. */
  confirmDiscard(): Promise<boolean>;
  /** Start closing the window again (BrowserWindow.close). */
  close(): void;
  delay: Delay;
  /** How long to wait for saves before asking. */
  timeoutMs?: number;
  /** Time for a save the renderer sends from beforeunload to reach main. */
  graceMs?: number;
}

export interface PreventableEvent {
  preventDefault(): void;
}

export function createCloseGuard(options: CloseGuardOptions) {
  const timeoutMs = options.timeoutMs ?? 8000;
  const graceMs = options.graceMs ?? 300;
  let busy = false;
  let discarding = false;
  let refusals = 0;

  async function askThenMaybeClose(): Promise<void> {
    if (await options.confirmDiscard()) {
      discarding = true;
      options.close();
    } else {
      refusals = 0;
    }
  }

  async function waitThenRetry(extraDelayMs: number): Promise<void> {
    busy = true;
    try {
      if (extraDelayMs > 0) await options.delay(extraDelayMs);
      const settled = await options.tracker.idle(timeoutMs, options.delay);
      if (settled) options.close();
      else await askThenMaybeClose();
    } finally {
      busy = false;
    }
  }

  return {
    /** BrowserWindow 'close': hold the window while saves are in flight. */
    onClose(event: PreventableEvent): void {
      if (discarding || options.tracker.pending === 0) return;
      event.preventDefault();
      if (!busy) void waitThenRetry(0);
    },
    /** webContents 'will-prevent-unload': the renderer still has edits it is sending now. */
    onUnloadPrevented(event: PreventableEvent): void {
      // preventDefault here overrides the page's beforeunload: the user chose to discard.
      if (discarding) {
        event.preventDefault();
        return;
      }
      if (busy) return;
      refusals += 1;
      if (refusals > 1) {
        busy = true;
        void askThenMaybeClose().finally(() => {
          busy = false;
        });
        return;
      }
      void waitThenRetry(graceMs);
    },
  };
}
