import type { DateRole } from './context';

/** A date phrase found by one of the finders, before roles and overlaps are settled. */
export interface Candidate {
  index: number;
  end: number;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  endDate?: string;
  /** Set when the finder knows the role better than the preceding word does. */
  role?: DateRole;
  /**
   * Another event's day, counted from a date of the text ("the day after", "three days later"):
   * an exact day, not a time limit.
   */
  relative?: boolean;
  /** The year was not written but inferred ("12. November"); a "last year" after it may fix it. */
  yearless?: boolean;
}

const overlaps = (a: Candidate, b: Candidate): boolean => a.index < b.end && b.index < a.end;

/**
 * Keeps the longest phrases when candidates overlap ("Sunday, Sept. 20" over "Sunday"), never
 * dropping one of `kept` (which must not overlap each other), and returns them in text order.
 */
export function settle(
  candidates: readonly Candidate[],
  kept: readonly Candidate[] = [],
): Candidate[] {
  const result = [...kept];
  const byLength = [...candidates].sort(
    (a, b) => b.end - b.index - (a.end - a.index) || a.index - b.index,
  );
  for (const candidate of byLength) {
    if (!result.some((other) => overlaps(candidate, other))) result.push(candidate);
  }
  return result.sort((a, b) => a.index - b.index);
}

/** The year of a candidate's date, or null for none. */
export function yearOf(candidate: Candidate): number | null {
  const year = Number(candidate.date.slice(0, 4));
  return Number.isInteger(year) ? year : null;
}
