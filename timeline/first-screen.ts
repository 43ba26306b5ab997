/**
 * The popup's first screen, computed ahead of time. Reading every stored event and building
 * the timeline takes hundreds of milliseconds with thousands of events, so the background
 * keeps this summary of what the popup shows first (background/first-screen-cache.ts) and the
 * popup renders it at once, then swaps in the full timeline when its own read is done.
 *
 * It is built with the very functions the popup renders with (timeline/view.ts), for one local
 * calendar day (states and days left change at midnight), and holds no sources or links: an
 * entry's details come with the full read. Pure.
 */
import { RESTRICTION_KINDS, RESTRICTION_STATUSES } from '../analysis/types';
import {
  checkText,
  isDayDate,
  isEventDate,
  isJurisdiction,
  isObject,
  isOneOf,
  LIMITS,
} from '../storage/validate';
import { localIsoDate } from './dates';
import { entryKey, upcomingEntries } from './summarize';
import { SUMMARY_PHRASE_KEYS, type SummarySegment } from './summary-line';
import type { AppTimeline } from './types';
import {
  CARD_ENTRY_LIMIT,
  cardView,
  filterOptions,
  FIRST_COMMIT_CARDS,
  RESTRICTION_STATES,
  UPCOMING_LIMIT,
  upcomingRow,
  type CardPlace,
  type CardView,
  type EntryRow,
  type FilterOptions,
  type UpcomingRow,
} from './view';

/** Raised whenever the shape changes: a snapshot of another version is ignored, not misread. */
export const FIRST_SCREEN_VERSION = 1;

/**
 * The `browser.storage.session` key the background keeps the snapshot under, next to its
 * prerendered markup (components/popup/first-screen-markup.ts). The session area is the
 * extension's own: web pages and content scripts can neither read nor write it (both browsers'
 * default access level). It is emptied when the browser closes; the background recomputes
 * the first screen at startup.
 */
export const FIRST_SCREEN_KEY = 'firstScreen';

/**
 * Upper bound of the snapshot as JSON text, whatever is stored: cards that would pass it are
 * left to the full read. A typical snapshot is far smaller (see the tests).
 */
export const FIRST_SCREEN_MAX_CHARS = 50_000;

export interface FirstScreen {
  version: typeof FIRST_SCREEN_VERSION;
  /** The local calendar day (YYYY-MM-DD) it was computed for; on other days it is stale. */
  day: string;
  /** The first app cards in timeline order, collapsed: those of the popup's first commit. */
  cards: CardView[];
  /** The soonest upcoming entries, as many as the Upcoming section lists. */
  upcoming: UpcomingRow[];
  options: FilterOptions;
  totals: { apps: number; upcoming: number };
}

/**
 * The first screen of `timelines`, which buildTimeline made for `today`. Null when even one
 * card does not fit `maxChars` (the popup then reads everything, as without a snapshot).
 */
export function buildFirstScreen(
  timelines: AppTimeline[],
  today: Date,
  maxChars = FIRST_SCREEN_MAX_CHARS,
): FirstScreen | null {
  const upcoming = upcomingEntries(timelines, today);
  const snapshot: FirstScreen = {
    version: FIRST_SCREEN_VERSION,
    day: localIsoDate(today),
    cards: [],
    upcoming: upcoming.slice(0, UPCOMING_LIMIT).map(upcomingRow),
    options: filterOptions(timelines),
    totals: { apps: timelines.length, upcoming: upcoming.length },
  };
  let size = JSON.stringify(snapshot).length;
  for (const timeline of timelines.slice(0, FIRST_COMMIT_CARDS)) {
    const card = cardView(timeline, CARD_ENTRY_LIMIT);
    size += JSON.stringify(card).length + 1; // and a comma
    if (size > maxChars) break;
    snapshot.cards.push(card);
  }
  const fits = snapshot.cards.length > 0 || (timelines.length === 0 && size <= maxChars);
  return fits ? snapshot : null;
}

/**
 * A snapshot read back from storage, or null when it is not one this version wrote: an older
 * format, a damaged value, or anything inconsistent. It is rebuilt field by field, so nothing
 * but the fields checked here reaches the popup.
 */
export function parseFirstScreen(value: unknown): FirstScreen | null {
  if (!isObject(value) || value.version !== FIRST_SCREEN_VERSION || !isDayDate(value.day)) {
    return null;
  }
  const totals = parseTotals(value.totals);
  const cards = parseList(value.cards, FIRST_COMMIT_CARDS, parseCard);
  const upcoming = parseList(value.upcoming, UPCOMING_LIMIT, parseUpcomingRow);
  const options = parseOptions(value.options);
  if (!totals || !cards || !upcoming || !options) return null;
  const consistent =
    cards.length <= totals.apps &&
    (cards.length > 0 || totals.apps === 0) &&
    upcoming.length === Math.min(totals.upcoming, UPCOMING_LIMIT) &&
    options.apps.length === totals.apps &&
    distinct(cards.map((card) => card.app)) &&
    distinct(upcoming.map((row) => row.key));
  return consistent
    ? { version: FIRST_SCREEN_VERSION, day: value.day, cards, upcoming, options, totals }
    : null;
}

function parseList<T>(
  value: unknown,
  max: number,
  parseItem: (item: unknown) => T | null,
): T[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const items: T[] = [];
  for (const item of value) {
    const parsed = parseItem(item);
    if (parsed === null) return null;
    items.push(parsed);
  }
  return items;
}

function distinct(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** An app name as ingestion stores it: plain text, not empty, not cut. */
function parseApp(value: unknown): string | null {
  const app = checkText(value, 'app', LIMITS.app, 'refuse');
  return app.ok && app.value !== '' && app.value === value ? app.value : null;
}

function parseTotals(value: unknown): FirstScreen['totals'] | null {
  if (!isObject(value) || !isCount(value.apps) || !isCount(value.upcoming)) return null;
  return { apps: value.apps, upcoming: value.upcoming };
}

function parseCard(value: unknown): CardView | null {
  if (!isObject(value) || !isCount(value.entryCount)) return null;
  const app = parseApp(value.app);
  const entryCount = value.entryCount;
  if (app === null) return null;
  const places = parseList(value.places, CARD_ENTRY_LIMIT, (place) =>
    parsePlace(place, app, entryCount),
  );
  if (!places) return null;
  const shown = places.reduce((sum, place) => sum + place.entries.length, 0);
  // Collapsed as the popup collapses it: the first entries, as many as it shows.
  const collapsed = shown === Math.min(entryCount, CARD_ENTRY_LIMIT);
  const jurisdictions = places.map((place) => place.jurisdiction);
  return collapsed && distinct(jurisdictions) ? { app, entryCount, places } : null;
}

function parsePlace(value: unknown, app: string, entryCount: number): CardPlace | null {
  if (!isObject(value) || !isJurisdiction(value.jurisdiction)) return null;
  const jurisdiction = value.jurisdiction;
  // A segment stands for at least one entry of the place.
  const summary = parseList(value.summary, entryCount, parseSegment);
  const entries = parseList(value.entries, CARD_ENTRY_LIMIT, (row) =>
    parseEntryRow(row, app, jurisdiction),
  );
  if (!summary || !entries || entries.length === 0) return null;
  return distinct(entries.map((row) => row.key)) ? { jurisdiction, summary, entries } : null;
}

function parseSegment(value: unknown): SummarySegment | null {
  if (!isObject(value) || !isOneOf(value.phrase, SUMMARY_PHRASE_KEYS)) return null;
  if (!isEventDate(value.date) || !Array.isArray(value.kinds)) return null;
  const listed: unknown[] = value.kinds;
  const kinds = RESTRICTION_KINDS.filter((kind) => listed.includes(kind));
  if (kinds.length === 0 || kinds.length !== listed.length) return null;
  return { phrase: value.phrase, date: value.date, kinds };
}

/** The fields an entry's key is made of; the key must be the one they make. */
function parseKeyed(value: Record<string, unknown>, app: string, jurisdiction: string) {
  const { key, kind, status, date } = value;
  if (!isOneOf(kind, RESTRICTION_KINDS) || !isOneOf(status, RESTRICTION_STATUSES)) return null;
  if (!isEventDate(date) || key !== entryKey(app, jurisdiction, kind, status, date)) return null;
  return { key, kind, status, date };
}

function parseEntryRow(value: unknown, app: string, jurisdiction: string): EntryRow | null {
  if (!isObject(value) || !isOneOf(value.state, RESTRICTION_STATES)) return null;
  const keyed = parseKeyed(value, app, jurisdiction);
  const { sourceCount, conflicting, superseded } = value;
  if (!keyed || !isCount(sourceCount) || sourceCount === 0) return null;
  if (typeof conflicting !== 'boolean' || typeof superseded !== 'boolean') return null;
  return { ...keyed, state: value.state, sourceCount, conflicting, superseded };
}

function parseUpcomingRow(value: unknown): UpcomingRow | null {
  if (!isObject(value) || !isJurisdiction(value.jurisdiction)) return null;
  const app = parseApp(value.app);
  const keyed = app === null ? null : parseKeyed(value, app, value.jurisdiction);
  // Upcoming means ahead: at least one day left.
  if (app === null || !keyed || !isCount(value.daysUntil) || value.daysUntil === 0) return null;
  return { ...keyed, app, jurisdiction: value.jurisdiction, daysUntil: value.daysUntil };
}

function parseOptions(value: unknown): FilterOptions | null {
  if (!isObject(value)) return null;
  const apps = parseList(value.apps, Infinity, parseApp);
  const jurisdictions = parseList(value.jurisdictions, Infinity, (code) =>
    isJurisdiction(code) ? code : null,
  );
  const kinds = parseList(value.kinds, RESTRICTION_KINDS.length, (kind) =>
    isOneOf(kind, RESTRICTION_KINDS) ? kind : null,
  );
  const states = parseList(value.states, RESTRICTION_STATES.length, (state) =>
    isOneOf(state, RESTRICTION_STATES) ? state : null,
  );
  if (!apps || !jurisdictions || !kinds || !states) return null;
  const unique = [apps, jurisdictions, kinds, states].every(distinct);
  return unique ? { apps, jurisdictions, kinds, states } : null;
}
