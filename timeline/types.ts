/**
 * The summarised timeline the popup shows: per app, per jurisdiction, dated entries that
 * merge what several articles said.
 */
import type { RestrictionKind, RestrictionStatus } from '../analysis/types';

/**
 * A restriction's state today, derived from its status and date (timeline/states.ts):
 * `delayed` is a postponement that has happened; a date still ahead is always `upcoming`.
 */
export type RestrictionState =
  'proposed' | 'upcoming' | 'in-effect' | 'deadline-passed' | 'delayed' | 'blocked' | 'lifted';

export type DatePrecision = 'day' | 'month' | 'year';

export interface TimelineSource {
  articleId: string;
  url: string;
  title: string;
  site: string | null;
  published: string | null;
  evidence: string;
}

export interface TimelineEntry {
  key: string;
  app: string;
  jurisdiction: string;
  kind: RestrictionKind;
  status: RestrictionStatus;
  date: string;
  precision: DatePrecision;
  state: RestrictionState;
  /** Whole days from today to the date (negative when past), at the date's precision start. */
  daysUntil: number;
  sources: TimelineSource[];
  /** Other dates that other sources give for the same app, jurisdiction, kind and status. */
  conflictingDates: string[];
  /**
   * The key of the later entry that overrides this one (a court block, a lift, a delay, or
   * the restriction imposed again), or null. `state` is then the state at the end of that
   * chain of overrides; summaries and upcomingEntries leave superseded entries out.
   */
  supersededBy: string | null;
}

export interface JurisdictionTimeline {
  jurisdiction: string;
  /** Oldest first. */
  entries: TimelineEntry[];
}

export interface AppTimeline {
  app: string;
  /** The most recent date among its entries and its sources' last-seen times (ISO). */
  lastActivity: string;
  jurisdictions: JurisdictionTimeline[];
}
