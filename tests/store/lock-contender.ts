// Child process of lock.test.ts: waits for the agreed moment, tries to take the folder lock, says whether it
// got it, then on stdin's end says whether the lock is still its own and exits.
import { FolderLock } from '../../electron/store/folder-lock';

const [file, startAt] = [process.argv[2]!, Number(process.argv[3])];
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
let lock: FolderLock | null = null;
try {
  lock = FolderLock.acquire(file);
  process.stdout.write('held\n');
} catch (err) {
  process.stdout.write(`refused ${(err as { code?: string }).code}\n`);
}
process.stdin.resume();
process.stdin.on('end', () => {
  process.stdout.write(`still ${lock?.isHeld() ?? false}\n`);
  lock?.release();
  process.exit(0);
});
