/**
 * Calendar arithmetic on event dates (YYYY-MM-DD, YYYY-MM or YYYY). Dates are calendar days,
 * not instants, so they are counted as whole days in UTC; "today" is the user's local day.
 */
import type { DatePrecision } from './types';

const MS_PER_DAY = 86_400_000;

export function datePrecision(date: string): DatePrecision {
  if (date.length >= 10) return 'day';
  return date.length >= 7 ? 'month' : 'year';
}

function parts(date: string): [number, number, number] {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  const day = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  return [year, month, day];
}

/**
 * Timelines compare the same few thousand dates over and over (sorting, superseding), so day
 * numbers are remembered; the cache is bounded by the number of distinct dates stored.
 */
const startDays = new Map<string, number>();

/** Day number (days since 1970-01-01) of the first day the date can mean. */
export function startDay(date: string): number {
  let day = startDays.get(date);
  if (day === undefined) {
    const [year, month, dayOfMonth] = parts(date);
    day = Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
    startDays.set(date, day);
  }
  return day;
}

/** Day number of the last day the date can mean ("2020-11" → 30 Nov 2020). */
export function endDay(date: string): number {
  const [year, month, day] = parts(date);
  switch (datePrecision(date)) {
    case 'day':
      return Date.UTC(year, month - 1, day) / MS_PER_DAY;
    case 'month':
      return Date.UTC(year, month, 0) / MS_PER_DAY;
    case 'year':
      return Date.UTC(year, 11, 31) / MS_PER_DAY;
  }
}

/** Day number of the local calendar day `today` falls on. */
export function localDayNumber(today: Date): number {
  return Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()) / MS_PER_DAY;
}

/** The local calendar day `today` falls on, as YYYY-MM-DD. */
export function localIsoDate(today: Date): string {
  return dayIso(localDayNumber(today)).slice(0, 10);
}

/** A day number as an ISO timestamp at midnight UTC, for "latest activity" sorting. */
export function dayIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString();
}
