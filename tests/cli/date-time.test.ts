// The local date and time of a restored backup, as `report-desk show` and the app word it.
import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../core/date-time';

describe('formatLocalDateTime', () => {
  it('shows a stored UTC time as the local date and time in each language', () => {
    expect(formatLocalDateTime('2026-11-25T10:05:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2026年11月25日 18:05');
    expect(formatLocalDateTime('2026-11-25T10:05:00.000Z', 'en', 'Asia/Shanghai')).toBe('Nov 25, 2026, 18:05');
    // Past midnight in Beijing while still the day before in UTC.
    expect(formatLocalDateTime('2026-12-31T16:30:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2027年1月1日 00:30');
  });

  it('returns a time it cannot read as it came', () => {
    expect(formatLocalDateTime('yesterday', 'en', 'UTC')).toBe('yesterday');
  });
});
