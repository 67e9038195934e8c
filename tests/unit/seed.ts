// The seed report (a district statistics bureau's 2023 report), kept inside the repository so a clone stands alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedPath = path.resolve(repoRoot, 'tests/fixtures/seed-report-2023.txt');
export const readSeed = (): string => readFileSync(seedPath, 'utf8');
export const readFixture = (name: string): string => readFileSync(path.join(repoRoot, 'tests/fixtures', name), 'utf8');
