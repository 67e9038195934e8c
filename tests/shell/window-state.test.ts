import { describe, expect, it } from 'vitest';
import {
  initialBounds,
  MIN_WINDOW_SIZE,
  parseWindowState,
  serializeWindowState,
} from '../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('window state', () => {
  it('round-trips through its file', () => {
    const state = { x: 100, y: 80, width: 1200, height: 700, maximized: true };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it('ignores missing, damaged and hostile files', () => {
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('{"x":1,')).toBeNull();
    expect(parseWindowState('{"x":"1","y":0,"width":800,"height":600}')).toBeNull();
    expect(parseWindowState('{"x":0,"y":0,"width":1e12,"height":600}')).toBeNull();
    expect(parseWindowState('[]')).toBeNull();
  });

  it('keeps a window that is visible where it was', () => {
    const stored = { x: 1500, y: 50, width: 1200, height: 800, maximized: false };
    expect(initialBounds(stored, [laptop, rightMonitor])).toEqual(stored);
  });

  it('brings back a window whose monitor is gone, centred on the primary display', () => {
    const stored = { x: 1500, y: 50, width: 1200, height: 800, maximized: true };
    const bounds = initialBounds(stored, [laptop]);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.width);
    expect(bounds.y + bounds.height).toBeLessThanOrEqual(laptop.height);
    expect(bounds.maximized).toBe(true);
  });

  it('pulls a window hanging off the edge fully onto its display and shrinks it to fit', () => {
    const stored = { x: -300, y: -40, width: 3000, height: 2000, maximized: false };
    const bounds = initialBounds(stored, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 0, width: laptop.width, height: laptop.height, maximized: false });
  });

  it('never goes below the minimum size on a big enough display', () => {
    const stored = { x: 10, y: 10, width: 200, height: 150, maximized: false };
    const bounds = initialBounds(stored, [rightMonitor, laptop]);
    expect(bounds.width).toBe(MIN_WINDOW_SIZE.width);
    expect(bounds.height).toBe(MIN_WINDOW_SIZE.height);
  });

  it('opens at a comfortable size without a stored state', () => {
    const bounds = initialBounds(null, [rightMonitor]);
    expect(bounds.width).toBeGreaterThanOrEqual(1280);
    expect(bounds.x).toBeGreaterThanOrEqual(rightMonitor.x);
    expect(initialBounds(null, [laptop]).width).toBeLessThanOrEqual(laptop.width);
  });
});
