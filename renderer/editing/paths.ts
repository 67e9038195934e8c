// Immutable edits of a report addressed by path (['chapters', 0, 'sections', 1, 'items', 2, 'body']), the same
// paths that document blocks and validation findings carry, so a finding leads straight to its field.
import type { DocPath } from '../../core/document';
export { pathKey } from '../../core/doc-path';

type Container = Record<string | number, unknown> | unknown[];

export function getAt(root: unknown, path: DocPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with `update` applied to the node at `path`; every node on the way is copied, the rest shared. */
export function updateAt<T>(root: T, path: DocPath, update: (node: unknown) => unknown): T {
  if (path.length === 0) return update(root) as T;
  const [key, ...rest] = path as [string | number, ...DocPath];
  const node = root as unknown as Container;
  if (node === null || typeof node !== 'object') throw new RangeError(`no node at ${String(key)}`);
  const child = (node as Record<string | number, unknown>)[key];
  const next = updateAt(child, rest, update);
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = next;
    return copy as T;
  }
  return { ...node, [key]: next } as T;
}

export const setAt = <T>(root: T, path: DocPath, value: unknown): T => updateAt(root, path, () => value);

function list(node: unknown): unknown[] {
  if (!Array.isArray(node)) throw new RangeError('not a list');
  return node;
}

export const insertAt = <T>(root: T, listPath: DocPath, index: number, value: unknown): T =>
  updateAt(root, listPath, (node) => {
    const copy = list(node).slice();
    copy.splice(Math.max(0, Math.min(index, copy.length)), 0, value);
    return copy;
  });

export const removeAt = <T>(root: T, listPath: DocPath, index: number): T =>
  updateAt(root, listPath, (node) => list(node).filter((_, i) => i !== index));

/** Moves entry `from` to position `to` (clamped); a no-op move returns `root` itself. */
export function moveAt<T>(root: T, listPath: DocPath, from: number, to: number): T {
  const items = list(getAt(root, listPath));
  const target = Math.max(0, Math.min(to, items.length - 1));
  if (from === target || from < 0 || from >= items.length) return root;
  return updateAt(root, listPath, () => {
    const copy = items.slice();
    const [moved] = copy.splice(from, 1);
    copy.splice(target, 0, moved);
    return copy;
  });
}

export const samePath = (a: DocPath, b: DocPath): boolean => a.length === b.length && a.every((k, i) => k === b[i]);
export const startsWith = (path: DocPath, prefix: DocPath): boolean =>
  prefix.length <= path.length && prefix.every((k, i) => k === path[i]);

/**
 * For React.memo: props are equal when every prop is the same object, except paths, which are compared by
 * value (they are rebuilt on every render of the parent, their content rarely changes).
 */
export function samePropsByPath<P extends object>(a: P, b: P): boolean {
  const keys = Object.keys(a) as (keyof P)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => {
    const x = a[k];
    const y = b[k];
    if (x === y) return true;
    return k === 'path' && Array.isArray(x) && Array.isArray(y) && samePath(x, y);
  });
}
