// The product's module graph as the TypeScript compiler resolves it: every static import, `export … from`,
// dynamic import(), require() and import('…') type of every module under core/, electron/ and renderer/, each
// resolved to the file it names (or to the package, for a bare name). What tests/lint/floors.test.ts checks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PRODUCT_DIRS, packageName } from '../../build/eslint/floors.js';

export interface ModuleEdge {
  /** The importing module, relative to the repository (forward slashes). */
  from: string;
  /** The imported module, relative to the repository; or the package's name for a package. */
  to: string;
  /** The specifier as written. */
  specifier: string;
  package: boolean;
  /** Brings in types only (`import type`, every named import a type, an import('…') type). */
  typeOnly: boolean;
}

interface Specifier {
  text: string;
  typeOnly: boolean;
}

function isTypeOnlyImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((e) => e.isTypeOnly)
  );
}

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(root: string): string[] {
  return PRODUCT_DIRS.flatMap((dir) =>
    readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

/** Every module specifier in a file, in whichever form it is written. */
function specifiersOf(file: string, text: string): Specifier[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const found: Specifier[] = [];
  const literal = (node: ts.Node | undefined, typeOnly = false) => {
    if (node && ts.isStringLiteralLike(node)) found.push({ text: node.text, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) literal(node.moduleSpecifier, isTypeOnlyImport(node));
    else if (ts.isExportDeclaration(node)) literal(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      literal(node.moduleReference.expression, node.isTypeOnly);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal, true);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    )
      literal(node.arguments[0]);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function moduleGraph(root: string): ModuleEdge[] {
  const { config } = ts.readConfigFile(path.join(root, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const edges: ModuleEdge[] = [];
  for (const file of sourceFiles(root)) {
    for (const { text: specifier, typeOnly } of specifiersOf(file, readFileSync(file, 'utf8'))) {
      const relativeSpecifier = specifier.startsWith('.');
      const { resolvedModule } = ts.resolveModuleName(specifier, file, options, host);
      // A stylesheet is no module to the compiler, but a file all the same.
      const asset = relativeSpecifier ? path.resolve(path.dirname(file), specifier) : '';
      const target = resolvedModule?.resolvedFileName ?? (existsSync(asset) ? asset : undefined);
      if (relativeSpecifier && !target) throw new Error(`${relative(file)}: '${specifier}' resolves to no file`);
      const isPackage = !relativeSpecifier && (!resolvedModule || resolvedModule.isExternalLibraryImport === true);
      edges.push({
        from: relative(file),
        to: isPackage ? packageName(specifier) : relative(target!),
        specifier,
        package: isPackage,
        typeOnly,
      });
    }
  }
  return edges;
}

/** The module cycles of a graph: its strongly connected components of more than one module (or a self-import). */
export function moduleCycles(edges: readonly ModuleEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.package) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  // Tarjan's algorithm, iteratively: the graph's depth would do for recursion, but a stack costs nothing.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const start of next.keys()) {
    if (index.has(start)) continue;
    const work: [node: string, child: number][] = [[start, 0]];
    index.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length) {
      const frame = work[work.length - 1]!;
      const [node, child] = frame;
      const children = next.get(node) ?? [];
      if (child < children.length) {
        frame[1]++;
        const to = children[child]!;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push([to, 0]);
        } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(node)!));
      }
      if (low.get(node) === index.get(node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== node);
        if (component.length > 1 || children.includes(node)) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}
