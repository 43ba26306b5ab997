/**
 * What the popup's timeline shows, without React: app cards as they look collapsed, and the
 * values the filters offer. Pure, and shared by the popup and the first-screen snapshot the
 * background prepares (timeline/first-screen.ts), so both show exactly the same.
 */
import type { RestrictionKind } from '../analysis/types';
import { summarySegments, type SummarySegment } from './summary-line';
import type { AppTimeline, JurisdictionTimeline, RestrictionState, TimelineEntry } from './types';

/** App cards per page of the timeline; more on request. */
export const CARD_PAGE_SIZE = 20;
/**
 * Cards in the popup's very first commit, the rest of the page following at a lower priority;
 * also the cards the first-screen snapshot holds (more than a popup's height).
 */
export const FIRST_COMMIT_CARDS = 4;
/** Entries a card shows before "Show all": keeps cards for heavily reported apps short. */
export const CARD_ENTRY_LIMIT = 8;
/** Upcoming entries listed: enough to see what is coming without pushing the timeline away. */
export const UPCOMING_LIMIT = 5;

/** States from most to least pressing, the order the state filter lists them in. */
export const RESTRICTION_STATES: readonly RestrictionState[] = [
  'in-effect',
  'upcoming',
  'proposed',
  'deadline-passed',
  'delayed',
  'blocked',
  'lifted',
];

export interface FilterOptions {
  apps: string[];
  jurisdictions: string[];
  kinds: RestrictionKind[];
  states: RestrictionState[];
}

/** Every entry of every app and jurisdiction, in timeline order. */
export function* allEntries(timelines: readonly AppTimeline[]): Generator<TimelineEntry> {
  for (const app of timelines) {
    for (const jurisdiction of app.jurisdictions) yield* jurisdiction.entries;
  }
}

/**
 * The values present in the data, so no filter option leads to an empty list. Apps, places
 * and kinds are sorted by code here; the form re-sorts places and kinds by their shown names.
 */
export function filterOptions(timelines: readonly AppTimeline[]): FilterOptions {
  const apps = new Set<string>();
  const jurisdictions = new Set<string>();
  const kinds = new Set<RestrictionKind>();
  const states = new Set<RestrictionState>();
  for (const entry of allEntries(timelines)) {
    apps.add(entry.app);
    jurisdictions.add(entry.jurisdiction);
    kinds.add(entry.kind);
    states.add(entry.state);
  }
  const byText = (a: string, b: string) => a.localeCompare(b);
  return {
    apps: [...apps].sort(byText),
    jurisdictions: [...jurisdictions].sort(byText),
    kinds: [...kinds].sort(byText),
    states: RESTRICTION_STATES.filter((state) => states.has(state)),
  };
}

export function countEntries(app: AppTimeline): number {
  return app.jurisdictions.reduce((sum, jurisdiction) => sum + jurisdiction.entries.length, 0);
}

/**
 * The first `limit` entries of a card, jurisdiction by jurisdiction, so a card for an app with
 * hundreds of entries renders quickly; the rest appear on request.
 */
export function truncateJurisdictions(
  jurisdictions: readonly JurisdictionTimeline[],
  limit: number,
): JurisdictionTimeline[] {
  const shown: JurisdictionTimeline[] = [];
  let remaining = limit;
  for (const jurisdiction of jurisdictions) {
    if (remaining <= 0) break;
    const entries = jurisdiction.entries.slice(0, remaining);
    shown.push({ ...jurisdiction, entries });
    remaining -= entries.length;
  }
  return shown;
}

/** An entry as its collapsed row shows it; the sources behind it are not part of it. */
export interface EntryRow {
  key: string;
  kind: TimelineEntry['kind'];
  status: TimelineEntry['status'];
  /** At its own precision: "2020-11" stays a month. */
  date: string;
  state: RestrictionState;
  sourceCount: number;
  /** Other sources give other dates (listed with the sources). */
  conflicting: boolean;
  /** Overridden by a later entry: its state is that entry's. */
  superseded: boolean;
}

/** One jurisdiction of a card: its summary line, then the entries the card shows. */
export interface CardPlace {
  jurisdiction: string;
  /** Speaks for all entries of the jurisdiction, also those a collapsed card hides. */
  summary: SummarySegment[];
  entries: EntryRow[];
}

/** An app card: its places with the entries shown, and how many entries there are in all. */
export interface CardView {
  app: string;
  entryCount: number;
  places: CardPlace[];
}

export function entryRow(entry: TimelineEntry): EntryRow {
  return {
    key: entry.key,
    kind: entry.kind,
    status: entry.status,
    date: entry.date,
    state: entry.state,
    sourceCount: entry.sources.length,
    conflicting: entry.conflictingDates.length > 0,
    superseded: entry.supersededBy !== null,
  };
}

/** An entry as the Upcoming section lists it. */
export type UpcomingRow = Pick<
  TimelineEntry,
  'key' | 'app' | 'jurisdiction' | 'kind' | 'status' | 'date' | 'daysUntil'
>;

export function upcomingRow(entry: TimelineEntry): UpcomingRow {
  const { key, app, jurisdiction, kind, status, date, daysUntil } = entry;
  return { key, app, jurisdiction, kind, status, date, daysUntil };
}

/** The card of one app showing at most `limit` entries (Infinity: all of them). */
export function cardView(timeline: AppTimeline, limit: number): CardView {
  const shown = truncateJurisdictions(timeline.jurisdictions, limit);
  return {
    app: timeline.app,
    entryCount: countEntries(timeline),
    // Truncation keeps the leading places in order, so shown[i] is jurisdictions[i] cut short.
    places: shown.map((place, index) => ({
      jurisdiction: place.jurisdiction,
      summary: summarySegments(timeline.jurisdictions[index]?.entries ?? place.entries),
      entries: place.entries.map(entryRow),
    })),
  };
}
