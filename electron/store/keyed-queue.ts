// Runs async tasks one after another per key: two changes of one report never interleave their reads, backup
// rotation and rename, while changes of different reports proceed independently. A task already holding a key's
// turn that runs another task for the same key runs it at once, in its own turn: an operation made of several
// (a sign-off step reads, writes a version, writes the report) cannot wait on itself.
import { AsyncLocalStorage } from 'node:async_hooks';

/** A key's turn while its task runs; closed when the task settles (a timer set inside it queues normally). */
interface Turn {
  key: string;
  open: boolean;
}

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly held = new AsyncLocalStorage<readonly Turn[]>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const outer = this.held.getStore() ?? [];
    if (outer.some((t) => t.open && t.key === key)) return task();
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(() => {
      const turn: Turn = { key, open: true };
      return this.held.run([...outer, turn], task).finally(() => {
        turn.open = false;
      });
    });
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves when every task queued so far has finished. */
  async idle(): Promise<void> {
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
