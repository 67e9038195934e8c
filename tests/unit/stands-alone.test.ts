// A clone in an empty folder must pass its tests and run its benchmarks and README examples: nothing the
// repository runs may reach for a file beside it (CI lays shared/ next to the clone, so only this test sees it).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './seed';

const tracked = execFileSync('git', ['ls-files'], { cwd: repoRoot, encoding: 'utf8' }).split('\n');
const sources = tracked.filter((file) => /\.(ts|tsx|mjs|cjs|js|json|md|sh)$/.test(file) || file === '.ci/run');

describe('the repository stands alone', () => {
  it('names no file in a shared/ folder beside the clone', () => {
    const outside = sources.filter((file) =>
      /(\.\.\/)+shared\/|\.\.\/\.\.\/\.\.\/shared/.test(readFileSync(path.join(repoRoot, file), 'utf8')),
    );
    expect(outside).toEqual([]);
  });

  it('keeps the seed report among its own fixtures', () => {
    expect(tracked).toContain('tests/fixtures/seed-report-2023.txt');
  });
});
