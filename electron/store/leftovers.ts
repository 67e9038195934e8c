// What writers that died (a crash, a kill, a power cut) left in a data folder: the temp files of durable writes
// beside the index and settings, the report files, their backups and their history versions, and the lock's
// own temp files. Removed once the folder's lock is ours, when no writer of ours has started: every temp file
// found then belongs to a writer that is gone — or to a holder that lost the lock while paused, whose rename then
// finds nothing to rename (the other half of the store's lock fence, ReportStore.fence).
import { readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isTempFile } from '../files/durable-file';
import { removeLockLeftovers } from './folder-lock';
import type { DataLayout } from './layout';

export function removeLeftovers(layout: DataLayout): void {
  removeLockLeftovers(layout.lock);
  removeTempFiles(layout.root);
  removeTempFiles(layout.reports);
  for (const name of namesIn(layout.reports)) {
    if (name.endsWith('.history')) removeTempFiles(path.join(layout.reports, name));
  }
  for (const name of namesIn(layout.backups)) removeTempFiles(path.join(layout.backups, name));
}

function removeTempFiles(dir: string): void {
  for (const name of namesIn(dir).filter(isTempFile)) {
    try {
      unlinkSync(path.join(dir, name));
    } catch {
      // Gone already, or not removable now: the next open tries again.
    }
  }
}

/** A folder's entries; none when it is missing or is not a folder. */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
