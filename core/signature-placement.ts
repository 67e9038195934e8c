// Where the signature unit and the date start on their lines (GB/T 9704 §7.3.5), shared by the PDF layout and
// the Word export so that both place the block alike. Without a seal: the unit 2 cells in from the right, the
// date below starting 2 cells right of the unit's first character (or, when longer, 2 cells in from the right
// with the unit moved left). With a seal: the date 4 cells in from the right and the unit centred above it.

export interface SignaturePlacement {
  /** x of the unit's first character from the left of the type area; null without a unit. */
  unitStart: number | null;
  dateStart: number | null;
  /** Blank lines above the block: one, or two leaving room for the seal. */
  blankLines: 1 | 2;
}

export function placeSignature(
  unitWidth: number | null,
  dateWidth: number | null,
  seal: boolean,
  lineWidth: number,
  cell: number,
): SignaturePlacement {
  if (seal) {
    const dateStart = dateWidth !== null ? lineWidth - 4 * cell - dateWidth : lineWidth - 4 * cell;
    const center = dateWidth !== null ? dateStart + dateWidth / 2 : lineWidth - 4 * cell;
    return {
      unitStart: unitWidth !== null ? Math.max(0, center - unitWidth / 2) : null,
      dateStart: dateWidth !== null ? dateStart : null,
      blankLines: 2,
    };
  }
  let unitStart = unitWidth !== null ? lineWidth - 2 * cell - unitWidth : lineWidth - 2 * cell;
  let dateStart = unitStart + 2 * cell;
  if (dateWidth !== null && (unitWidth === null || dateStart + dateWidth > lineWidth - 2 * cell)) {
    dateStart = lineWidth - 2 * cell - dateWidth;
    unitStart = unitWidth !== null ? Math.min(unitStart, dateStart - 2 * cell) : unitStart;
  }
  return {
    unitStart: unitWidth !== null ? Math.max(0, unitStart) : null,
    dateStart: dateWidth !== null ? Math.max(0, dateStart) : null,
    blankLines: 1,
  };
}
