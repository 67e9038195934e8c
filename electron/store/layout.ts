// Where things live inside a data folder. One small file per report so that a save rewrites ~10 KB, not the
// whole office history; backups and trash beside them, the index a cache that can always be rebuilt.
import path from 'node:path';
import { isWindowsDeviceName } from '../../core/file-names';

export interface DataLayout {
  root: string;
  reports: string;
  backups: string;
  trash: string;
  index: string;
  lock: string;
  settings: string;
  reportFile(id: string): string;
  backupDir(id: string): string;
}

export function dataLayout(root: string): DataLayout {
  const resolved = path.resolve(root);
  const reports = path.join(resolved, 'reports');
  const backups = path.join(resolved, 'backups');
  return {
    root: resolved,
    reports,
    backups,
    trash: path.join(resolved, 'trash'),
    index: path.join(resolved, 'index.json'),
    lock: path.join(resolved, 'report-desk.lock'),
    settings: path.join(resolved, 'settings.json'),
    reportFile: (id) => path.join(reports, `${id}.json`),
    backupDir: (id) => path.join(backups, id),
  };
}

/**
 * Ids become file names: only the characters our own ids (UUIDs) use, so no id can escape its folder, and never
 * a Windows device name (core/file-names.ts), which Windows would open as the device.
 */
export function isSafeId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) && !isWindowsDeviceName(id);
}
