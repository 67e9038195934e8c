// After a sign-off step or an accepted revision the store holds a new report: the wizard takes it over whole
// (its edit history starts again, as when a report is opened).
import { useCallback } from 'react';
import type { Report } from '../../core/model';
import { useEditor } from '../wizard/editor-context';

export function useReplaceReport(): (report: Report) => void {
  const { dispatch } = useEditor();
  return useCallback((report: Report) => dispatch({ type: 'reset', report }), [dispatch]);
}
