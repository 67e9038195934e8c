// Every package in package.json earns its place: code imports it (core, electron, renderer, build, bin, bench,
// tests, the config files), a script runs its command, it types a package that is used (@types/…, tsconfig
// "types"), or a used package asks for it as a peer. A package nothing reaches fails here by name.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const CODE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const SOURCE_DIRS = ['core', 'electron', 'renderer', 'build', 'bin', 'bench', 'tests'];

interface Manifest {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  bin?: string | Record<string, string>;
}
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const project = readJson<Manifest>(path.join(repoRoot, 'package.json'));
const installed = (name: string) => readJson<Manifest>(path.join(repoRoot, 'node_modules', name, 'package.json'));

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && CODE.test(entry.name) && !entry.parentPath.includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const packageOf = (specifier: string) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/** Package names in import/require/import()/export-from, `/// <reference types>` and a test file's environment. */
function referencedPackages(source: string): string[] {
  const patterns = [
    /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire(?:\.resolve)?\s*\(\s*)['"]([^'"./][^'"]*)['"]/g,
    /\/\/\/\s*<reference types="([^"]+)"/g,
    // Spelt in two pieces: vitest reads the whole word in this file's own comments as its environment.
    new RegExp(`@vitest-${'environment'}\\s+([\\w@/.-]+)`, 'g'),
  ];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => packageOf(m[1]!)));
}

/** What reaches each package: the set of names used, and the reasons, for every rule above. */
function usedPackages(): Set<string> {
  const files = [
    ...SOURCE_DIRS.flatMap((dir) => codeFiles(path.join(repoRoot, dir))),
    ...readdirSync(repoRoot)
      .filter((name) => CODE.test(name))
      .map((name) => path.join(repoRoot, name)),
  ];
  const used = new Set(files.flatMap((file) => referencedPackages(readFileSync(file, 'utf8'))));
  // tsconfig "types" name type packages the compiler loads by itself (["node"] is @types/node).
  for (const name of readdirSync(repoRoot).filter((n) => /^tsconfig.*\.json$/.test(n))) {
    const { config } = ts.readConfigFile(path.join(repoRoot, name), ts.sys.readFile) as {
      config?: { compilerOptions?: { types?: string[] } };
    };
    for (const type of config?.compilerOptions?.types ?? []) used.add(packageOf(type));
  }
  const declared = Object.keys({ ...project.dependencies, ...project.devDependencies });
  const commands = Object.values(project.scripts ?? {}).flatMap((script) =>
    script.split(/&&|\|\||;|\|/).map((part) => part.trim().split(/\s+/)[0]!),
  );
  for (const name of declared) {
    const { bin } = installed(name);
    const bins = typeof bin === 'string' ? [name.split('/').at(-1)!] : Object.keys(bin ?? {});
    if (bins.some((command) => commands.includes(command))) used.add(name);
  }
  // Types and peers follow what is used, so repeat until nothing more is added.
  for (let size = -1; size !== used.size;) {
    size = used.size;
    for (const name of declared) {
      const typed = name.startsWith('@types/') ? name.slice('@types/'.length).replace(/^(.+)__(.+)$/, '@$1/$2') : null;
      if (typed && used.has(typed)) used.add(name);
      if ([...used].some((user) => declared.includes(user) && installed(user).peerDependencies?.[name])) used.add(name);
    }
  }
  return used;
}

describe('package.json', () => {
  let used: Set<string>;
  beforeAll(() => {
    used = usedPackages();
  });

  it('lists no dependency that nothing imports, runs, types or asks for as a peer', () => {
    const declared = Object.keys({ ...project.dependencies, ...project.devDependencies });
    expect(declared.filter((name) => !used.has(name))).toEqual([]);
  });

  it('sees each kind of use (so the check above cannot pass by seeing everything)', () => {
    expect(used).toContain('pdfkit'); // imported
    expect(used).toContain('patch-package'); // run by "postinstall"
    expect(used).toContain('@types/node'); // tsconfig "types"
    expect(used).toContain('@types/word-extractor'); // types a used package
    expect(used).toContain('@testing-library/dom'); // peer of @testing-library/react
    expect(used).toContain('happy-dom'); // a test file's environment
    expect(used).not.toContain('mammoth');
    expect(used).not.toContain('@types/mammoth');
  });
});
