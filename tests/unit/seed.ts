// The seed report, resolved beside the repository as CI lays it out (../shared next to the clone).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedPath = path.resolve(repoRoot, '../shared/fixtures/seed-report-2023.txt');
export const readSeed = (): string => readFileSync(seedPath, 'utf8');
export const readFixture = (name: string): string => readFileSync(path.join(repoRoot, 'tests/fixtures', name), 'utf8');
