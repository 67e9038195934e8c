// The GB/T 9704 page: A4, margins 37 / 28 / 26 / 35 mm, a type area of 156 × 225 mm holding 22 lines of
// 28 characters. Everything in PDF points (1/72 inch), measured from the top-left corner of the page.
export const MM = 72 / 25.4;

export const PAGE_WIDTH = 210 * MM;
export const PAGE_HEIGHT = 297 * MM;
export const TOP = 37 * MM;
export const LEFT = 28 * MM;
export const TYPE_WIDTH = 156 * MM;
export const TYPE_HEIGHT = 225 * MM;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;
/** 28.95 pt: 22 lines fill the type area. */
export const LINE_PITCH = TYPE_HEIGHT / LINES_PER_PAGE;
/** 15.79 pt: 28 cells fill a line (a 16 pt face set with about −0.2 pt tracking). */
export const CELL = TYPE_WIDTH / CHARS_PER_LINE;

/** 三号, 二号, 四号. */
export const BODY_SIZE = 16;
export const TITLE_SIZE = 22;
export const PAGE_NUMBER_SIZE = 14;

/** The page number's dashes (drawn about 0.42 em above the baseline) start 7 mm below the type area. */
export const PAGE_NUMBER_BASELINE = TOP + TYPE_HEIGHT + 7 * MM + 0.42 * PAGE_NUMBER_SIZE;

/**
 * A line's baseline: the ideographic em box (0.88 em above the baseline in CJK faces) starts at the top of the
 * line's grid slot, so the first line's characters start at 37 mm whatever their size.
 */
export const baselineOf = (slot: number, size: number): number => TOP + slot * LINE_PITCH + 0.88 * size;
