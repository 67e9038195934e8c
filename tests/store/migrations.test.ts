import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors';
import { SCHEMA_VERSION, reportSchema } from '../../core/model';
import { defaultDataDir } from '../../electron/services/default-data-dir';
import { MIGRATIONS, migrateToCurrent } from '../../core/migrations';

const v0 = () => JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'report-v0.json'), 'utf8'));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  throw new Error('expected an AppError');
}

describe('schema migrations', () => {
  it('has one step from every earlier version', () => {
    expect(MIGRATIONS).toHaveLength(SCHEMA_VERSION);
  });

  it('brings the documented version 0 shape to a valid current report', () => {
    for (const doc of [v0(), { ...v0(), version: 0 }]) {
      const { doc: migrated, from } = migrateToCurrent(doc);
      expect(from).toBe(0);
      const report = reportSchema.parse(migrated);
      expect(report.meta).toMatchObject({
        organisation: '某区司法局',
        year: 2021,
        signatureUnit: '某区司法局',
        status: 'draft',
      });
      expect(report.createdAt).toBe('2022-01-05T08:00:00.000Z');
      expect(report.chapters[0]!.id).toMatch(/\S/);
      expect(report.chapters[0]!.paragraphs).toEqual(['2021年，我局坚持依法行政。']);
    }
  });

  it('leaves a current document as it is', () => {
    const current = { schemaVersion: SCHEMA_VERSION, id: 'x' };
    expect(migrateToCurrent(current)).toEqual({ doc: current, from: SCHEMA_VERSION });
  });

  it('refuses newer versions and nonsense versions', () => {
    expect(codeOf(() => migrateToCurrent({ schemaVersion: SCHEMA_VERSION + 1 }))).toBe('SCHEMA_TOO_NEW');
    expect(codeOf(() => migrateToCurrent({ schemaVersion: -1 }))).toBe('REPORT_INVALID');
    expect(codeOf(() => migrateToCurrent({ schemaVersion: '1' }))).toBe('REPORT_INVALID');
    expect(codeOf(() => migrateToCurrent([]))).toBe('REPORT_INVALID');
    expect(codeOf(() => migrateToCurrent(null))).toBe('REPORT_INVALID');
  });
});

describe('default data folder', () => {
  it('is where Electron puts userData for the product', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32')).toContain(
      'Rule-of-Law Report Desk',
    );
    expect(defaultDataDir({ APPDATA: '/appdata' }, 'win32')).toBe(path.join('/appdata', 'Rule-of-Law Report Desk'));
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe('/xdg/Rule-of-Law Report Desk');
    expect(defaultDataDir({}, 'linux')).toMatch(/\.config\/Rule-of-Law Report Desk$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Rule-of-Law Report Desk$/);
  });
});
