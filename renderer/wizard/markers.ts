// Numbering shown beside the fields comes from the core (markersFor), the same as in the preview and the PDF.
import { useMemo } from 'react';
import { markersFor, type Markers } from '../../core/document';
import type { DocumentStyle, Language } from '../../core/model';

/** Markers depend only on the style and the report language: keep one object while those stay, for memoised editors. */
export function useMarkers(style: DocumentStyle, language: Language): Markers {
  return useMemo(() => markersFor(style, language), [style, language]);
}
