// The repository's own lint rule, `floors/imports`: every import of a product file, in every form it can take
// (import, `export … from`, import(), require(), `import x = require()`, import('…') types), resolved to the file
// it names and checked against the floors in build/eslint/floors.js; a bare name is checked as a package.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileImportProblem, isProduct, packageImportProblem, partOf } from './floors.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const relative = (file) => path.relative(root, file).split(path.sep).join('/');

/** Whether an import node brings in types only (`import type`, `export type`, every specifier a type). */
function isTypeOnly(node) {
  if (node.type === 'TSImportType' || node.importKind === 'type' || node.exportKind === 'type') return true;
  const specifiers = node.specifiers ?? [];
  return (
    node.type === 'ImportDeclaration' &&
    specifiers.length > 0 &&
    specifiers.every((s) => s.type === 'ImportSpecifier' && s.importKind === 'type')
  );
}

/** @type {import('eslint').Rule.RuleModule} */
const imports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each part of the code imports only the parts below it (build/eslint/floors.js).' },
    schema: [],
  },
  create(context) {
    const from = relative(context.filename);
    if (!isProduct(from)) return {};

    const check = (node, source) => {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const specifier = source.value;
      const problem =
        specifier.startsWith('.') || path.isAbsolute(specifier)
          ? fileImportProblem(from, relative(path.resolve(path.dirname(context.filename), specifier)))
          : packageImportProblem(from, specifier, isTypeOnly(node));
      if (problem) context.report({ node: source, message: problem });
    };
    const checkSource = (node) => check(node, node.source);

    return {
      Program(node) {
        if (!partOf(from))
          context.report({
            node,
            message: `${from} belongs to no part of the code: put it in a folder that build/eslint/floors.js names.`,
          });
      },
      ImportDeclaration: checkSource,
      ExportNamedDeclaration: checkSource,
      ExportAllDeclaration: checkSource,
      ImportExpression: checkSource,
      TSImportEqualsDeclaration: (node) =>
        node.moduleReference.type === 'TSExternalModuleReference' && check(node, node.moduleReference.expression),
      // typescript-eslint 8 gives the literal as `argument`; its successors as `source`.
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};

export default { meta: { name: 'floors' }, rules: { imports } };
