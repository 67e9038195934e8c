import { describe, expect, it, vi } from 'vitest';
import { createCloseGuard, SaveTracker } from '../../electron/shell/close-guard';

/** A delay the test resolves by hand, so the guard's waiting is observable step by step. */
function manualClock() {
  const pending: { ms: number; resolve: () => void }[] = [];
  return {
    delay: (ms: number) => new Promise<void>((resolve) => pending.push({ ms, resolve })),
    elapse(ms: number) {
      for (const timer of pending.filter((t) => t.ms <= ms)) {
        pending.splice(pending.indexOf(timer), 1);
        timer.resolve();
      }
    },
  };
}

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const event = () => ({ preventDefault: vi.fn() });

describe('SaveTracker', () => {
  it('counts saves in flight, failed ones included', async () => {
    const tracker = new SaveTracker();
    const a = deferred();
    const b = deferred();
    void tracker.track(a.promise);
    void tracker.track(b.promise).catch(() => undefined);
    expect(tracker.pending).toBe(2);
    a.resolve();
    b.reject(new Error('disk'));
    await flush();
    expect(tracker.pending).toBe(0);
  });
});

describe('closing with pending saves', () => {
  function setup(answer = false) {
    const tracker = new SaveTracker();
    const clock = manualClock();
    const close = vi.fn();
    const confirmDiscard = vi.fn(async () => answer);
    const guard = createCloseGuard({
      tracker,
      close,
      confirmDiscard,
      delay: clock.delay,
      timeoutMs: 5000,
      graceMs: 300,
    });
    return { tracker, clock, close, confirmDiscard, guard };
  }

  it('lets the window close at once when nothing is pending', () => {
    const { guard, close } = setup();
    const e = event();
    guard.onClose(e);
    expect(e.preventDefault).not.toHaveBeenCalled();
    expect(close).not.toHaveBeenCalled();
  });

  it('holds the window while a save is in flight, then closes it', async () => {
    const { guard, tracker, close, confirmDiscard } = setup();
    const save = deferred();
    void tracker.track(save.promise);
    const e = event();
    guard.onClose(e);
    expect(e.preventDefault).toHaveBeenCalled();
    await flush();
    expect(close).not.toHaveBeenCalled();
    save.resolve();
    await flush();
    expect(close).toHaveBeenCalledTimes(1);
    expect(confirmDiscard).not.toHaveBeenCalled();
  });

  it('asks when a save does not finish in time, and keeps the window if the user says so', async () => {
    const { guard, tracker, close, confirmDiscard, clock } = setup(false);
    void tracker.track(new Promise(() => undefined));
    guard.onClose(event());
    await flush();
    clock.elapse(5000);
    await flush();
    expect(confirmDiscard).toHaveBeenCalledTimes(1);
    expect(close).not.toHaveBeenCalled();
  });

  it('waits for the save the page sends from beforeunload, then closes again', async () => {
    const { guard, tracker, close, clock } = setup();
    const e = event();
    guard.onUnloadPrevented(e);
    // The page keeps the unload cancelled: main must not override it.
    expect(e.preventDefault).not.toHaveBeenCalled();
    const save = deferred();
    void tracker.track(save.promise);
    clock.elapse(300);
    await flush();
    expect(close).not.toHaveBeenCalled();
    save.resolve();
    await flush();
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('asks when the page still refuses after its save, and unloads anyway when told to discard', async () => {
    const { guard, close, confirmDiscard, clock } = setup(true);
    guard.onUnloadPrevented(event());
    clock.elapse(300);
    await flush();
    expect(close).toHaveBeenCalledTimes(1);
    guard.onUnloadPrevented(event());
    await flush();
    expect(confirmDiscard).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(2);
    const last = event();
    guard.onUnloadPrevented(last);
    expect(last.preventDefault).toHaveBeenCalled();
  });
});
