// The wizard's editing state: the report being edited plus undo / redo. Typing into one field within a short
// pause counts as one step of undo, as in a word processor.
import type { DocPath } from '../../core/document';
import type { Report } from '../../core/model';
import { insertAt, moveAt, pathKey, removeAt, setAt } from './paths';

export const COALESCE_MS = 1000;
const HISTORY_LIMIT = 500;

export interface EditorState {
  report: Report;
  past: Report[];
  future: Report[];
  /** The field the last edit typed into and when, to merge keystrokes into one undo step. */
  lastField: string | null;
  lastAt: number;
}

export type EditAction =
  | { type: 'set'; path: DocPath; value: unknown; at?: number }
  | { type: 'insert'; path: DocPath; index: number; value: unknown }
  | { type: 'remove'; path: DocPath; index: number }
  | { type: 'move'; path: DocPath; from: number; to: number }
  /** A whole-report operation of the core (switching the report language relabels template texts): one undo step. */
  | { type: 'update'; update(report: Report): Report }
  | { type: 'undo' }
  | { type: 'redo' }
  /** A new report from outside (opened, reloaded): history starts again. */
  | { type: 'reset'; report: Report };

export const initialEditorState = (report: Report): EditorState => ({
  report,
  past: [],
  future: [],
  lastField: null,
  lastAt: 0,
});

function commit(state: EditorState, report: Report, field: string | null, at: number): EditorState {
  if (report === state.report) return state;
  const merge = field !== null && field === state.lastField && at - state.lastAt < COALESCE_MS;
  const past = merge ? state.past : [...state.past, state.report].slice(-HISTORY_LIMIT);
  return { report, past, future: [], lastField: field, lastAt: at };
}

export function editorReducer(state: EditorState, action: EditAction): EditorState {
  switch (action.type) {
    case 'set':
      return commit(
        state,
        setAt(state.report, action.path, action.value),
        pathKey(action.path),
        action.at ?? Date.now(),
      );
    case 'insert':
      return commit(state, insertAt(state.report, action.path, action.index, action.value), null, 0);
    case 'remove':
      return commit(state, removeAt(state.report, action.path, action.index), null, 0);
    case 'move':
      return commit(state, moveAt(state.report, action.path, action.from, action.to), null, 0);
    case 'update':
      return commit(state, action.update(state.report), null, 0);
    case 'undo': {
      const previous = state.past.at(-1);
      if (!previous) return state;
      return {
        report: previous,
        past: state.past.slice(0, -1),
        future: [state.report, ...state.future],
        lastField: null,
        lastAt: 0,
      };
    }
    case 'redo': {
      const [next, ...future] = state.future;
      if (!next) return state;
      return { report: next, past: [...state.past, state.report], future, lastField: null, lastAt: 0 };
    }
    case 'reset':
      return initialEditorState(action.report);
  }
}
