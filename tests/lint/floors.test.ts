// The product's module graph, as the TypeScript compiler resolves it (tests/lint/module-graph.ts), against the
// floors of build/eslint/floors.js: every module belongs to a part, every import goes down the floors, no module
// reaches itself through others. The lint rule checks the same imports file by file; this sees the whole graph.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARTS, fileImportProblem, packageImportProblem, partOf } from '../../build/eslint/floors.js';
import { moduleCycles, moduleGraph, type ModuleEdge } from './module-graph';

const root = path.resolve(import.meta.dirname, '../..');
const edges = moduleGraph(root);
const shown = (e: ModuleEdge) => `${e.from} → ${e.specifier}`;

describe('the module graph', () => {
  it('is the whole product: imports of every form, resolved', () => {
    // Forms the floors must see, each known to occur in the product today.
    const from = (file: string) => edges.filter((e) => e.from === file).map((e) => e.to);
    expect(from('electron/services/output-formats.ts')).toContain('electron/formats/docx/write-docx.ts'); // import()
    expect(from('core/document.ts')).toContain('core/document-blocks.ts'); // export type … from
    expect(from('renderer/main.tsx')).toContain('renderer/styles/app.css');
    expect(edges.length).toBeGreaterThan(1000);
  });

  it('puts every module in a part of the floors', () => {
    const modules = [...new Set(edges.map((e) => e.from))];
    expect(modules.filter((m) => !partOf(m))).toEqual([]);
  });

  it('goes down the floors only', () => {
    const against = edges.filter((e) => !e.package && fileImportProblem(e.from, e.to)).map(shown);
    expect(against).toEqual([]);
  });

  it('imports only the packages each part may', () => {
    const against = edges.filter((e) => e.package && packageImportProblem(e.from, e.specifier, e.typeOnly));
    expect(against.map(shown)).toEqual([]);
  });

  it('holds no module cycle', () => {
    expect(moduleCycles(edges)).toEqual([]);
  });
});

describe('the floors', () => {
  it('let each part use only parts on floors below it, so no folder cycle can form', () => {
    const floorOf = new Map(PARTS.map((p) => [p.name, p.floor]));
    const upOrSideways = PARTS.flatMap((p) =>
      p.uses.filter((used) => !(floorOf.get(used)! < p.floor)).map((used) => `${p.name} → ${used}`),
    );
    expect(upOrSideways).toEqual([]);
  });
});

describe('finding module cycles', () => {
  const edge = (from: string, to: string): ModuleEdge => ({
    from,
    to,
    specifier: to,
    package: false,
    typeOnly: false,
  });

  it('finds a cycle through several modules, a self-import, and none in a chain', () => {
    const cycles = moduleCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd'), edge('e', 'e')]);
    expect(cycles).toEqual([['a', 'b', 'c'], ['e']]);
    expect(moduleCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
  });
});
