/// <reference types="node" />
// Every key in both languages, and no visible text in the renderer that does not come from t(): JSX text and
// the visible string props (placeholder, aria-label, title, alt, label) of renderer/**/*.tsx are scanned.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../core/i18n';

const root = path.resolve(import.meta.dirname, '../..');

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [prefix + k] : keys(v as object, `${prefix}${k}.`),
  );
}
/** English may add `_one` beside an `_other` plural; Chinese has only `_other`. */
const withoutEnglishPlurals = (list: string[]) => list.filter((k) => !k.endsWith('_one'));

describe('i18n resources', () => {
  for (const ns of NAMESPACES) {
    it(`${ns}: the same keys in zh-CN and en`, () => {
      const zh = keys(resources['zh-CN'][ns]).sort();
      const en = withoutEnglishPlurals(keys(resources.en[ns])).sort();
      expect(en).toEqual(zh);
      expect(zh.length).toBeGreaterThan(0);
    });
  }
});

const VISIBLE_PROPS = new Set(['placeholder', 'aria-label', 'title', 'alt', 'label', 'aria-description']);
/** A word of Latin letters or any CJK character: what a user would read. */
const WORDS = /[A-Za-z]{2,}|[\u3400-\u9fff\uff01-\uff5e]/;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsxFiles(full);
    return e.name.endsWith('.tsx') ? [full] : [];
  });
}

export function hardCodedStrings(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && WORDS.test(literal.text)) found.push(`${node.name.getText(source)}="${literal.text}"`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent) &&
      WORDS.test(node.expression.text)
    )
      found.push(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no hard-coded visible text in the renderer', () => {
  it('finds a planted string (the scan itself works)', () => {
    expect(
      hardCodedStrings('x.tsx', 'const a = <p title="Close">保存</p>; const b = <input placeholder={"name"} />;'),
    ).toEqual(['title="Close"', '保存', 'placeholder="name"']);
    expect(hardCodedStrings('x.tsx', 'const a = <button aria-label={t("x")}>↑</button>;')).toEqual([]);
  });

  for (const file of tsxFiles(path.join(root, 'renderer'))) {
    it(path.relative(root, file), () => {
      expect(hardCodedStrings(file, readFileSync(file, 'utf8'))).toEqual([]);
    });
  }
});
