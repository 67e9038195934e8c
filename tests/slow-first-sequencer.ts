// The order test files start in. With timings from an earlier run vitest starts the longest files first, which
// keeps both workers busy to the end. Without them (a clean clone, as in CI) it starts the largest files first,
// and size says little here: a small file that waits on a browser, on electron-builder or on child processes can
// take longer than a hundred unit tests, and one left for last runs alone while the other worker idles. So until
// there are timings, the files that drive other programs start first and the in-process ones fill in behind.
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The files that took longest in a full run (10–26 s each on two cores, measured 2026-12-06), longest first: each
 * starts before anything shorter, so none of them is left to run alone at the end.
 */
const LONGEST = [
  'tests/docx/docx-export.test.ts',
  'tests/cli/readme-sequence.test.ts',
  'tests/cli/office-clock.test.ts',
  'tests/browser/wizard.test.ts',
  'tests/docx/office-import.test.ts',
  'tests/store/crash.test.ts',
  'tests/docx/docx-round-trip.test.ts',
];

/** Then folders (or files) by how long their tests wait on other programs, longest first. */
const DRIVE_OTHER_PROGRAMS = [
  ['tests/shell/', 'tests/browser/'],
  ['tests/store/', 'tests/cli/', 'tests/docx/', 'tests/pdf/'],
];

const rank = (file: string): number => {
  const longest = LONGEST.findIndex((name) => file.endsWith(name));
  if (longest >= 0) return longest;
  const index = DRIVE_OTHER_PROGRAMS.findIndex((group) => group.some((prefix) => file.includes(prefix)));
  return LONGEST.length + (index < 0 ? DRIVE_OTHER_PROGRAMS.length : index);
};

export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = files.every((f) =>
      this.ctx.cache.getFileTestResults(`${f.project.name}:${path.relative(this.ctx.config.root, f.moduleId)}`),
    );
    if (timed) return sorted;
    // Projects stay in vitest's order, one after the other; sort is stable, so within a rank vitest's order stays.
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    const project = (f: TestSpecification) => projects.indexOf(f.project.name);
    return sorted.sort((a, b) => project(a) - project(b) || rank(slash(a.moduleId)) - rank(slash(b.moduleId)));
  }
}

const slash = (file: string) => file.replaceAll('\\', '/');
