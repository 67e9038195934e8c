// The office's clock (core/date-time.ts) with explicit zones: the calendar date of an instant in Beijing, New
// York and UTC on both sides of midnight, across New York's changes to and from summer time, the year at New
// Year, the official dates the slip prints, and the zone chosen by the settings. Expected values are written out.
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  daysBetween,
  fileNameStamp,
  formatLocalDateTime,
  formatOfficialDate,
  formatOfficialDay,
  isCalendarDate,
  isOnOrBefore,
  isTimeZone,
  machineTimeZone,
  monthName,
  officeTimeZone,
  todayIn,
  yearIn,
} from '../../core/date-time';

const BEIJING = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';

describe('the calendar date of an instant', () => {
  it('is the office’s day, not UTC’s: 07:30 on 2 March in Beijing is 23:30 on 1 March in UTC', () => {
    expect(calendarDate('2026-03-01T23:30:00.000Z', BEIJING)).toBe('2026-03-02');
    expect(calendarDate('2026-03-01T23:30:00.000Z', 'UTC')).toBe('2026-03-01');
    expect(calendarDate('2026-03-01T23:30:00.000Z', NEW_YORK)).toBe('2026-03-01');
  });

  it('stays the same day late in the evening: 23:30 on 1 March in Beijing is 15:30 UTC', () => {
    expect(calendarDate('2026-03-01T15:30:00.000Z', BEIJING)).toBe('2026-03-01');
    expect(calendarDate('2026-03-01T15:59:59.999Z', BEIJING)).toBe('2026-03-01');
    expect(calendarDate('2026-03-01T16:00:00.000Z', BEIJING)).toBe('2026-03-02');
  });

  it('lags UTC west of Greenwich: 23:30 on 1 March in New York is already 2 March in UTC', () => {
    expect(calendarDate('2026-03-02T04:30:00.000Z', NEW_YORK)).toBe('2026-03-01');
    expect(calendarDate('2026-03-02T04:30:00.000Z', 'UTC')).toBe('2026-03-02');
  });

  it('follows summer time: New York’s midnight moves from 05:00 to 04:00 UTC and back', () => {
    // Clocks go forward at 02:00 on 8 March 2026.
    expect(calendarDate('2026-03-08T04:59:59Z', NEW_YORK)).toBe('2026-03-07');
    expect(calendarDate('2026-03-08T05:00:00Z', NEW_YORK)).toBe('2026-03-08');
    expect(calendarDate('2026-03-09T03:59:59Z', NEW_YORK)).toBe('2026-03-08');
    expect(calendarDate('2026-03-09T04:00:00Z', NEW_YORK)).toBe('2026-03-09');
    // Clocks go back at 02:00 on 1 November 2026.
    expect(calendarDate('2026-11-01T03:59:59Z', NEW_YORK)).toBe('2026-10-31');
    expect(calendarDate('2026-11-01T04:00:00Z', NEW_YORK)).toBe('2026-11-01');
    expect(calendarDate('2026-11-02T04:30:00Z', NEW_YORK)).toBe('2026-11-01');
    expect(calendarDate('2026-11-02T05:00:00Z', NEW_YORK)).toBe('2026-11-02');
  });

  it('accepts a Date and says null for a time it cannot read', () => {
    expect(calendarDate(new Date(Date.UTC(2026, 2, 1, 23, 30)), BEIJING)).toBe('2026-03-02');
    expect(calendarDate('yesterday', BEIJING)).toBeNull();
  });
});

describe('today and this year', () => {
  it('are the office’s', () => {
    const beijingMorning = new Date('2026-03-01T23:30:00Z');
    expect(todayIn(BEIJING, beijingMorning)).toBe('2026-03-02');
    expect(todayIn('UTC', beijingMorning)).toBe('2026-03-01');
    // New Year's morning in Beijing, still New Year's Eve in UTC; the other way round in New York.
    expect(yearIn(BEIJING, new Date('2026-12-31T23:30:00Z'))).toBe(2027);
    expect(yearIn('UTC', new Date('2026-12-31T23:30:00Z'))).toBe(2026);
    expect(yearIn(NEW_YORK, new Date('2027-01-01T04:30:00Z'))).toBe(2026);
    expect(yearIn('UTC', new Date('2027-01-01T04:30:00Z'))).toBe(2027);
  });
});

describe('the office’s zone', () => {
  it('is the one the settings name, else the machine’s', () => {
    expect(officeTimeZone(BEIJING)).toBe(BEIJING);
    expect(officeTimeZone(undefined)).toBe(machineTimeZone());
    expect(officeTimeZone('')).toBe(machineTimeZone());
    expect(isTimeZone(machineTimeZone())).toBe(true);
  });

  it('is a zone Intl knows', () => {
    for (const zone of [BEIJING, NEW_YORK, 'UTC']) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['Mars/Olympus_Mons', 'Beijing', '']) expect(isTimeZone(zone)).toBe(false);
  });
});

describe('calendar dates', () => {
  it('exist or not', () => {
    for (const day of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30']) expect(isCalendarDate(day)).toBe(true);
    for (const day of ['2025-02-29', '2100-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-5'])
      expect(isCalendarDate(day)).toBe(false);
  });

  it('count whole days across leap days and summer time', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2);
    expect(daysBetween('2026-03-02', '2026-03-01')).toBe(-1);
  });

  it('compare as the calendar does', () => {
    expect(isOnOrBefore('2026-03-01', '2026-03-01')).toBe(true);
    expect(isOnOrBefore('2026-02-28', '2026-03-01')).toBe(true);
    expect(isOnOrBefore('2026-03-02', '2026-03-01')).toBe(false);
    expect(isOnOrBefore('2025-12-31', '2026-01-01')).toBe(true);
  });
});

describe('printed dates', () => {
  it('write an official date without zero padding, or in English', () => {
    expect(formatOfficialDate('2025-01-20', 'zh-CN')).toBe('2025年1月20日');
    expect(formatOfficialDate('2025-01-20', 'en')).toBe('January 20, 2025');
  });

  it('date a sign-off by the office’s day', () => {
    expect(formatOfficialDay('2026-03-01T23:30:00.000Z', 'zh-CN', BEIJING)).toBe('2026年3月2日');
    expect(formatOfficialDay('2026-03-01T15:30:00.000Z', 'zh-CN', BEIJING)).toBe('2026年3月1日');
    expect(formatOfficialDay('2026-03-02T04:30:00.000Z', 'en', NEW_YORK)).toBe('March 1, 2026');
    expect(formatOfficialDay('not a time', 'zh-CN', BEIJING)).toBe('not a time');
  });

  it('show a local date and time, summer time included', () => {
    expect(formatLocalDateTime('2026-03-01T23:30:00.000Z', 'zh-CN', BEIJING)).toBe('2026年3月2日 07:30');
    expect(formatLocalDateTime('2026-03-08T06:30:00Z', 'en', NEW_YORK)).toBe('Mar 8, 2026, 01:30');
    expect(formatLocalDateTime('2026-03-08T07:30:00Z', 'en', NEW_YORK)).toBe('Mar 8, 2026, 03:30');
  });

  it('stamp file names with the local time, the repeated hour of autumn included', () => {
    expect(fileNameStamp(new Date('2026-03-01T23:30:00Z'), BEIJING)).toBe('2026-03-02-07-30-00');
    expect(fileNameStamp(new Date('2026-03-08T07:00:00Z'), NEW_YORK)).toBe('2026-03-08-03-00-00');
    expect(fileNameStamp(new Date('2026-11-01T05:30:00Z'), NEW_YORK)).toBe('2026-11-01-01-30-00');
    expect(fileNameStamp(new Date('2026-11-01T06:30:00Z'), NEW_YORK)).toBe('2026-11-01-01-30-00');
    expect(fileNameStamp(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01-00-00-00');
  });

  it('name the months of a date picker', () => {
    expect(monthName(1, 'zh-CN')).toBe('1月');
    expect(monthName(12, 'zh-CN')).toBe('12月');
    expect(monthName(3, 'en')).toBe('March');
  });
});
