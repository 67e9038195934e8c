// Where the main window was, remembered between runs. The file is untrusted input (hand-edited, truncated, from
// a PC with another monitor layout): it is parsed with a schema and the bounds are clamped onto a display that
// exists now, so the window never opens off screen.
import { z } from 'zod';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
export const windowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(1).max(100_000),
  height: z.number().int().min(1).max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const MIN_WINDOW_SIZE = { width: 960, height: 640 } as const;
const PREFERRED_SIZE = { width: 1366, height: 860 } as const;
/** How much of the window must lie on a display to count as visible (enough to grab its title bar). */
const VISIBLE_MARGIN = 100;

/** The stored state, or null when the file is missing, not JSON or not a window state. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = windowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify(state);
}

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centred(size: { width: number; height: number }, area: Rectangle): Rectangle {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

/**
 * Bounds to open the window with: the stored ones when they are visible on one of `workAreas` (shrunk to fit
 * it), otherwise centred on the primary work area (the first). No stored state: a comfortable default size.
 */
export function initialBounds(stored: WindowState | null, workAreas: readonly Rectangle[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: PREFERRED_SIZE.width, height: PREFERRED_SIZE.height };
  if (stored) {
    const host = workAreas.find((area) => {
      const overlap = intersection(stored, area);
      return (
        overlap.width >= Math.min(VISIBLE_MARGIN, stored.width) &&
        overlap.height >= Math.min(VISIBLE_MARGIN, stored.height)
      );
    });
    if (host) {
      const width = Math.max(Math.min(stored.width, host.width), Math.min(MIN_WINDOW_SIZE.width, host.width));
      const height = Math.max(Math.min(stored.height, host.height), Math.min(MIN_WINDOW_SIZE.height, host.height));
      // Pull the window fully onto the display that shows most of it.
      const x = Math.min(Math.max(stored.x, host.x), host.x + host.width - width);
      const y = Math.min(Math.max(stored.y, host.y), host.y + host.height - height);
      return { x, y, width, height, maximized: stored.maximized };
    }
    return { ...centred(stored, primary), maximized: stored.maximized };
  }
  return { ...centred(PREFERRED_SIZE, primary), maximized: false };
}
