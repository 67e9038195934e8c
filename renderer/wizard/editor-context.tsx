// What every field of the wizard needs without threading it through each level: the edit dispatcher, the
// findings by field, the drafts of the text fields being typed in, and the typing / IME composition signals for
// autosave. All of it is stable, so memoised editors of unchanged entries do not re-render while another field
// is typed in.
import { createContext, useContext } from 'react';
import type { DocPath } from '../../core/document';
import type { Finding } from '../../core/validation-types';
import type { DraftSet } from '../editing/draft';
import type { EditAction } from '../editing/history';
import { pathKey } from '../editing/paths';

export interface EditorContextValue {
  /** Applies an edit; typing not yet committed in any field is committed first, so it comes before the edit. */
  dispatch(action: EditAction): void;
  drafts: DraftSet;
  setComposing(composing: boolean): void;
  typingStarted(): void;
  typingSettled(): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor outside the wizard');
  return value;
}

/** Findings keyed by the path of their field. */
export type FindingsByPath = ReadonlyMap<string, Finding[]>;
export const FindingsContext = createContext<FindingsByPath>(new Map());

export function useFindingsAt(path: DocPath): Finding[] {
  return useContext(FindingsContext).get(pathKey(path)) ?? NO_FINDINGS;
}
const NO_FINDINGS: Finding[] = [];

/** The DOM id of the field (or group) at a path, for links from findings and the preview. */
export const fieldId = (path: DocPath): string => `field-${pathKey(path)}`;
