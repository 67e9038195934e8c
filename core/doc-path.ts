// A pointer into a report (['chapters', 0, 'sections', 1, 'items', 2, 'body']): document blocks, validation
// findings and the wizard's fields all carry one, so a finding leads straight to its field.
export type DocPath = (string | number)[];

/** A path as one string, the key findings are grouped by and fields are named after (chapters.0.title). */
export const pathKey = (path: readonly PropertyKey[]): string => path.map(String).join('.');
