// The office's time zone in the page: the one the settings name, else the machine's, given once at start-up.
// Every date the page makes or shows (today, this year, a version's time) is computed in it by core/date-time.
import { createContext, useContext, type ReactNode } from 'react';
import { machineTimeZone, officeTimeZone } from '../../core/date-time';

const TimeZoneContext = createContext<string>(machineTimeZone());

export function OfficeClockProvider({ timeZone, children }: { timeZone?: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={officeTimeZone(timeZone)}>{children}</TimeZoneContext.Provider>;
}

/** The office's time zone, for core/date-time's functions. */
export const useOfficeTimeZone = (): string => useContext(TimeZoneContext);
