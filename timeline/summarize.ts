/**
 * From stored events to the timeline the popup shows: per app, per jurisdiction, one entry per
 * (kind, status, date) with every article that said so. Pure: same input, same output.
 *
 * This runs each time the popup opens, over everything stored (10,000 events in the
 * benchmark), so it builds each entry once, in one pass, with few intermediate objects.
 */
import { RESTRICTION_KINDS, RESTRICTION_STATUSES } from '../analysis/types';
import type { StoredArticle, StoredEvent } from '../storage/types';
import { datePrecision, dayIso, localDayNumber, startDay } from './dates';
import { assignStates } from './states';
import type { AppTimeline, JurisdictionTimeline, TimelineEntry, TimelineSource } from './types';

export { datePrecision } from './dates';

/** The entries of one app in one jurisdiction while they are being built. */
interface Place {
  entries: TimelineEntry[];
  /** Entries by kind and status (groupNumber): those whose dates are compared. */
  groups: Map<number, TimelineEntry[]>;
  /** The latest `lastSeen` of the articles that speak about this place. */
  lastSeen: string;
}

/**
 * "Chirpa|US|payments|effective|2030-03-01". Only the app name can contain "|" (the other
 * parts are codes), so reading from the right keeps the key unambiguous.
 */
export function entryKey(
  app: string,
  jurisdiction: string,
  kind: string,
  status: string,
  date: string,
): string {
  return `${app}|${jurisdiction}|${kind}|${status}|${date}`;
}

/**
 * Groups by app then jurisdiction. Sources agreeing on (kind, status, date) share one entry; a
 * coarser date that fits exactly one finer date ("2020-11" and "2020-11-12") joins it;
 * otherwise differing dates stay separate entries that list each other in `conflictingDates`.
 * Events whose article is missing are ignored. Apps and jurisdictions come most recently
 * active first, entries oldest first.
 */
export function buildTimeline(
  articles: StoredArticle[],
  events: StoredEvent[],
  today: Date,
): AppTimeline[] {
  const todayNumber = localDayNumber(today);
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const apps = new Map<string, AppTimeline>();
  const activityOf = new Map<JurisdictionTimeline, string>();
  for (const place of collectPlaces(events, articlesById, todayNumber)) {
    const entries = settleDates(place);
    assignStates(entries, todayNumber);
    entries.sort(compareEntries);
    const { app, jurisdiction } = entries[0] as TimelineEntry;
    const timeline = apps.get(app) ?? { app, lastActivity: '', jurisdictions: [] };
    apps.set(app, timeline);
    const placeTimeline = { jurisdiction, entries };
    const activity = latestActivity(entries, place.lastSeen);
    timeline.jurisdictions.push(placeTimeline);
    activityOf.set(placeTimeline, activity);
    if (activity > timeline.lastActivity) timeline.lastActivity = activity;
  }
  const byPlaceActivity = (a: JurisdictionTimeline, b: JurisdictionTimeline) =>
    compareText(activityOf.get(b) ?? '', activityOf.get(a) ?? '') ||
    compareText(a.jurisdiction, b.jurisdiction);
  const timelines = [...apps.values()];
  for (const timeline of timelines) timeline.jurisdictions.sort(byPlaceActivity);
  return timelines.sort(byActivity);
}

/** kind and status as one small number: map keys that need no string building or hashing. */
const KIND_INDEX = new Map(RESTRICTION_KINDS.map((kind, index) => [kind, index]));
const STATUS_INDEX = new Map(RESTRICTION_STATUSES.map((status, index) => [status, index]));

function groupNumber(event: Pick<StoredEvent, 'kind' | 'status'>): number {
  const kind = KIND_INDEX.get(event.kind) ?? 0;
  return kind * RESTRICTION_STATUSES.length + (STATUS_INDEX.get(event.status) ?? 0);
}

/** One pass over the events: an entry per (app, jurisdiction, kind, status, date). */
function collectPlaces(
  events: StoredEvent[],
  articlesById: Map<string, StoredArticle>,
  today: number,
): Place[] {
  // app → jurisdiction → place; nested maps keyed by the events' own strings are faster
  // than one map keyed by concatenated strings.
  const apps = new Map<string, Map<string, Place>>();
  const places: Place[] = [];
  for (const event of events) {
    const article = articlesById.get(event.articleId);
    if (!article) continue;
    let byJurisdiction = apps.get(event.app);
    if (!byJurisdiction) {
      byJurisdiction = new Map();
      apps.set(event.app, byJurisdiction);
    }
    let place = byJurisdiction.get(event.jurisdiction);
    if (!place) {
      place = { entries: [], groups: new Map(), lastSeen: '' };
      byJurisdiction.set(event.jurisdiction, place);
      places.push(place);
    }
    addEvent(place, event, article, today);
  }
  return places;
}

function addEvent(place: Place, event: StoredEvent, article: StoredArticle, today: number): void {
  if (article.lastSeen > place.lastSeen) place.lastSeen = article.lastSeen;
  const number = groupNumber(event);
  let group = place.groups.get(number);
  if (!group) {
    group = [];
    place.groups.set(number, group);
  }
  let entry = entryOn(group, event.date);
  if (!entry) {
    entry = newEntry(event, today);
    group.push(entry);
    place.entries.push(entry);
  }
  // Plain loops here: this runs once per stored event, closures would cost more than they say.
  for (const source of entry.sources) if (source.articleId === article.id) return;
  entry.sources.push(toSource(article, event.evidence));
}

function entryOn(group: TimelineEntry[], date: string): TimelineEntry | undefined {
  for (const entry of group) if (entry.date === date) return entry;
  return undefined;
}

function newEntry(event: StoredEvent, today: number): TimelineEntry {
  const { app, jurisdiction, kind, status, date } = event;
  return {
    key: entryKey(app, jurisdiction, kind, status, date),
    app,
    jurisdiction,
    kind,
    status,
    date,
    precision: datePrecision(date),
    state: 'proposed', // set by assignStates
    daysUntil: startDay(date) - today,
    sources: [],
    conflictingDates: [],
    supersededBy: null,
  };
}

function toSource(article: StoredArticle, evidence: string): TimelineSource {
  return {
    articleId: article.id,
    url: article.url,
    title: article.title,
    site: article.site,
    published: article.published,
    evidence,
  };
}

/**
 * Merges coarse dates into the finer date they fit, fills `conflictingDates` and orders
 * sources; returns the entries that remain.
 */
function settleDates(place: Place): TimelineEntry[] {
  const emptied = new Set<TimelineEntry>();
  for (const group of place.groups.values()) {
    if (group.length < 2) continue;
    const merged = mergeCoarseDates(group);
    for (const entry of merged) emptied.add(entry);
    fillConflicts(group.filter((entry) => !merged.includes(entry)));
  }
  const entries = emptied.size
    ? place.entries.filter((entry) => !emptied.has(entry))
    : place.entries;
  for (const entry of entries) {
    if (entry.sources.length > 1) entry.sources.sort(newestSourceFirst);
  }
  return entries;
}

/** Dates that can mean the same day: one is a prefix of the other ("2020-11", "2020-11-12"). */
function compatible(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/**
 * Moves each coarse entry's sources to the one finer entry whose date it fits, if there is
 * exactly one, and returns the coarse entries so emptied.
 */
function mergeCoarseDates(group: TimelineEntry[]): TimelineEntry[] {
  const emptied: TimelineEntry[] = [];
  const byPrecision = [...group].sort((a, b) => a.date.length - b.date.length);
  for (const coarse of byPrecision) {
    const finer = byPrecision.filter(
      (other) =>
        other.date.length > coarse.date.length &&
        !emptied.includes(other) &&
        compatible(other.date, coarse.date),
    );
    const finest = finer.filter((d) => !finer.some((other) => other.date.startsWith(`${d.date}-`)));
    const target = finest.length === 1 ? finest[0] : undefined;
    if (!target) continue;
    const known = new Set(target.sources.map((source) => source.articleId));
    target.sources.push(...coarse.sources.filter((source) => !known.has(source.articleId)));
    emptied.push(coarse);
  }
  return emptied;
}

function fillConflicts(group: TimelineEntry[]): void {
  for (const entry of group) {
    entry.conflictingDates = group
      .map((other) => other.date)
      .filter((other) => !compatible(other, entry.date))
      .sort();
  }
}

/** Code-point order: deterministic in every locale, and far cheaper than localeCompare. */
function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function newestSourceFirst(a: TimelineSource, b: TimelineSource): number {
  return compareText(b.published ?? '', a.published ?? '') || compareText(a.url, b.url);
}

function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  return (
    startDay(a.date) - startDay(b.date) ||
    (STATUS_INDEX.get(a.status) ?? 0) - (STATUS_INDEX.get(b.status) ?? 0) ||
    (KIND_INDEX.get(a.kind) ?? 0) - (KIND_INDEX.get(b.kind) ?? 0) ||
    a.date.length - b.date.length
  );
}

/** The later of the latest entry date and the latest sighting of a source, as ISO. */
function latestActivity(entries: TimelineEntry[], lastSeen: string): string {
  let latestDay = -Infinity;
  for (const entry of entries) latestDay = Math.max(latestDay, startDay(entry.date));
  const latestDate = dayIso(latestDay);
  return latestDate > lastSeen ? latestDate : lastSeen;
}

function byActivity(a: AppTimeline, b: AppTimeline): number {
  return compareText(b.lastActivity, a.lastActivity) || compareText(a.app, b.app);
}

/** Entries whose date is still ahead and not overridden, soonest first, across all apps. */
export function upcomingEntries(timelines: AppTimeline[], today: Date): TimelineEntry[] {
  const todayNumber = localDayNumber(today);
  return timelines
    .flatMap((timeline) => timeline.jurisdictions.flatMap((place) => place.entries))
    .filter((entry) => startDay(entry.date) > todayNumber && entry.supersededBy === null)
    .sort((a, b) => startDay(a.date) - startDay(b.date) || compareEntries(a, b));
}
