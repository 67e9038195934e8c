import { describe, expect, it } from 'vitest';
import { backupsToKeep } from '../../electron/store/backups';

const now = new Date('2026-11-25T12:00:00Z');
const ago = (ms: number) => ({ takenAt: new Date(now.getTime() - ms), ms });
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('backup thinning', () => {
  it('keeps the newest copies, then older ones spaced out by age', () => {
    // A day of autosaves every 30 seconds, then a week of daily copies.
    const backups = [
      ...Array.from({ length: 2 * 60 * 24 }, (_, i) => ago((i + 1) * 30 * SECOND)),
      ...Array.from({ length: 7 }, (_, i) => ago((i + 2) * DAY)),
    ];
    const kept = backupsToKeep(backups, now, 10, 20);
    expect(kept).toHaveLength(30);
    expect(kept.slice(0, 10)).toEqual(backups.slice(0, 10));
    const older = kept.slice(10).map((b) => b.ms);
    for (let i = 1; i < older.length; i++) expect(older[i]! - older[i - 1]!).toBeGreaterThanOrEqual(10 * MINUTE);
    // The history reaches back beyond the burst of recent saves.
    expect(Math.max(...older)).toBeGreaterThan(3 * HOUR);
  });

  it('drops rapid older copies that add no history', () => {
    const backups = Array.from({ length: 14 }, (_, i) => ago(i * 100));
    expect(backupsToKeep(backups, now, 10)).toEqual(backups.slice(0, 10));
  });

  it('keeps daily copies of old reports', () => {
    const backups = Array.from({ length: 40 }, (_, i) => ago((i + 1) * DAY));
    expect(backupsToKeep(backups, now, 3, 20)).toEqual(backups.slice(0, 23));
  });
});
