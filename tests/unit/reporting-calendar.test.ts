import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../core/date-time';
import { deadlinesFor, isValidDeadline, nextDeadline } from '../../core/reporting-calendar';

const draft = (year: number) => ({ year, status: 'draft' as const });
const published = (year: number) => ({ year, status: 'published' as const });
const signedOff = (year: number) => ({ year, status: 'signed-off' as const });

describe('the reporting calendar', () => {
  it('has the regulation’s dates in the year after the report year', () => {
    expect(deadlinesFor(2024)).toEqual({ submit: '2025-03-01', publish: '2025-04-01' });
  });

  it('takes the office’s earlier dates, and ignores later or impossible ones', () => {
    expect(deadlinesFor(2024, { submit: '02-15', publish: '03-20' })).toEqual({
      submit: '2025-02-15',
      publish: '2025-03-20',
    });
    expect(deadlinesFor(2024, { submit: '03-15', publish: '02-30' })).toEqual({
      submit: '2025-03-01',
      publish: '2025-04-01',
    });
    expect(isValidDeadline('02-29', 'submit')).toBe(false);
    expect(isValidDeadline('2-1', 'submit')).toBe(false);
    expect(isValidDeadline('01-31', 'submit')).toBe(true);
    expect(isValidDeadline('03-31', 'publish')).toBe(true);
  });

  it('points a draft at the submission date', () => {
    expect(nextDeadline(draft(2024), '2025-01-29', { submit: '02-20' })).toEqual({
      kind: 'submit',
      date: '2025-02-20',
      state: 'upcoming',
      days: 22,
    });
  });

  it.each([
    ['2025-01-01', 'later', 59],
    ['2025-01-30', 'upcoming', 30],
    ['2025-03-01', 'upcoming', 0],
    ['2025-03-02', 'overdue', -1],
    ['2026-01-10', 'overdue', -315],
  ] as const)('on %s a draft 2024 report is %s', (today, state, days) => {
    expect(nextDeadline(draft(2024), today)).toMatchObject({ kind: 'submit', state, days });
  });

  it('counts a published report as done, and a signed-off one as due for publication', () => {
    expect(nextDeadline(published(2024), '2025-05-01')).toEqual({ kind: null, date: null, state: 'done', days: null });
    expect(nextDeadline(signedOff(2024), '2025-03-20')).toMatchObject({ kind: 'publish', state: 'upcoming' });
  });

  it('counts calendar days across the change to summer time and leap days', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });
});
