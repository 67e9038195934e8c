// The renderer runs in a sandboxed page, so its project (tsconfig.web.json) has the DOM's types and none of
// Node's: Node's globals and modules named in renderer code fail the type check. The probe is checked inside the
// renderer's whole program (every file the project includes), where anything that pulls Node's types in (a test
// file importing vitest, say) would make them resolve.
import path from 'node:path';
import ts from 'typescript';
import { beforeAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const probeFile = path.join(root, 'renderer', 'types-probe.ts');

const nodeLines = [
  "import { readFileSync } from 'node:fs';",
  "export const bytes = Buffer.from('x');",
  'export const env = process.env;',
  'export const here = __dirname;',
];
const domLines = ["export const title = document.title + window.location.href + new TextEncoder().encode('x').length;"];

let errorLines: (probe: string) => number[];

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(root, 'tsconfig.web.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  )!;
  errorLines = (probe) => {
    const host = ts.createCompilerHost(config.options);
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (file, language, ...rest) =>
      path.resolve(file) === probeFile
        ? ts.createSourceFile(file, probe, language)
        : getSourceFile.call(host, file, language, ...rest);
    const fileExists = host.fileExists;
    host.fileExists = (file) => path.resolve(file) === probeFile || fileExists.call(host, file);
    const program = ts.createProgram([...config.fileNames, probeFile], config.options, host);
    const source = program.getSourceFile(probeFile)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    return [...new Set(diagnostics.map((d) => source.getLineAndCharacterOfPosition(d.start!).line))].sort();
  };
});

it("refuses Node's globals and modules in the renderer, and knows the DOM's", () => {
  expect(errorLines([...domLines, ...nodeLines].join('\n'))).toEqual(nodeLines.map((_, i) => domLines.length + i));
});
