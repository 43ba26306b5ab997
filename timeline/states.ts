/**
 * What is true today for the entries of one app in one jurisdiction.
 *
 * Each entry first gets a state from its own status and date. Then later news overrides
 * earlier news:
 * - a block, lift or delay that has happened supersedes a restriction of a kind it covers
 *   when the restriction was dated on or before it, or was already reported before it (a
 *   court may block a ban before its start date);
 * - a restriction reported and dated after a block, lift or delay supersedes that one (the
 *   restriction was imposed again).
 * A superseded entry takes the state of the entry that superseded it.
 */
import type { RestrictionKind, RestrictionStatus } from '../analysis/types';
import { endDay, startDay } from './dates';
import type { RestrictionState, TimelineEntry } from './types';

/** Kinds whose block or lift ends the narrower restrictions they are made of. */
const BROAD_KINDS = new Set<RestrictionKind>(['ban', 'transactions']);
const PART_KINDS = new Set<RestrictionKind>([
  'ban',
  'transactions',
  'store-removal',
  'updates',
  'payments',
  'infrastructure',
  'partial',
]);
const ENDING_STATUSES = new Set<RestrictionStatus>(['blocked', 'lifted', 'delayed']);
const IMPOSING_STATUSES = new Set<RestrictionStatus>(['announced', 'effective']);
const OVERRIDING_STATUSES = new Set([...ENDING_STATUSES, ...IMPOSING_STATUSES]);

function covers(broader: RestrictionKind, narrower: RestrictionKind): boolean {
  return broader === narrower || (BROAD_KINDS.has(broader) && PART_KINDS.has(narrower));
}

/** The state an entry has on its own, ignoring every other entry. */
export function ownState(status: RestrictionStatus, date: string, today: number): RestrictionState {
  const started = startDay(date) <= today;
  switch (status) {
    case 'proposed':
      return 'proposed';
    case 'announced':
    case 'effective':
      return started ? 'in-effect' : 'upcoming';
    case 'deadline':
      // A month-precision deadline has not passed while its month lasts.
      return endDay(date) < today ? 'deadline-passed' : 'upcoming';
    case 'delayed':
    case 'blocked':
    case 'lifted':
      return started ? status : 'upcoming';
  }
}

function reportedBefore(entry: TimelineEntry, date: string): boolean {
  return entry.sources.some((s) => s.published !== null && s.published < date);
}

function reportedOnlySince(entry: TimelineEntry, date: string): boolean {
  return entry.sources.every((s) => s.published !== null && s.published >= date);
}

/** Whether `later` overrides `earlier`; the two conditions can never both hold both ways. */
function supersedes(later: TimelineEntry, earlier: TimelineEntry): boolean {
  if (later === earlier || !covers(later.kind, earlier.kind)) return false;
  if (ENDING_STATUSES.has(later.status) && !ENDING_STATUSES.has(earlier.status)) {
    return startDay(earlier.date) <= startDay(later.date) || reportedBefore(earlier, later.date);
  }
  if (IMPOSING_STATUSES.has(later.status) && ENDING_STATUSES.has(earlier.status)) {
    return startDay(later.date) > startDay(earlier.date) && reportedOnlySince(later, earlier.date);
  }
  return false;
}

/** The latest-dated entry that overrides `entry`, or null. */
function latestOverrider(entry: TimelineEntry, candidates: TimelineEntry[]): TimelineEntry | null {
  let latest: TimelineEntry | null = null;
  for (const other of candidates) {
    if (!supersedes(other, entry)) continue;
    if (!latest || startDay(other.date) > startDay(latest.date)) latest = other;
  }
  return latest;
}

/** Sets `state` and `supersededBy` on the entries of one app in one jurisdiction. */
export function assignStates(entries: TimelineEntry[], today: number): void {
  // Only what has already happened can override anything.
  const happened = entries.filter(
    (entry) => OVERRIDING_STATUSES.has(entry.status) && startDay(entry.date) <= today,
  );
  // Keyed by the entries themselves: identity lookups, no hashing of long keys.
  const overriders = new Map<TimelineEntry, TimelineEntry>();
  for (const entry of entries) {
    entry.state = ownState(entry.status, entry.date, today);
    const overrider = happened.length ? latestOverrider(entry, happened) : null;
    entry.supersededBy = overrider?.key ?? null;
    if (overrider) overriders.set(entry, overrider);
  }
  for (const entry of overriders.keys()) entry.state = finalState(entry, overriders);
}

/** Follows the chain of overrides to the entry that is not overridden. */
function finalState(
  entry: TimelineEntry,
  overriders: Map<TimelineEntry, TimelineEntry>,
): RestrictionState {
  const visited = new Set<TimelineEntry>();
  let current = entry;
  for (let next = overriders.get(current); next && !visited.has(current);) {
    visited.add(current);
    current = next;
    next = overriders.get(current);
  }
  // The end of a chain is never superseded, so its state is still its own.
  return current.state;
}
