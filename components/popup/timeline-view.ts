/**
 * Pure helpers for searching and filtering the popup's timeline: a search index built once per
 * timeline (so a keystroke only scans prepared strings), and filtering. What cards show and the
 * filter options are in timeline/view.ts.
 */
import type { RestrictionKind } from '../../analysis/types';
import type {
  AppTimeline,
  JurisdictionTimeline,
  RestrictionState,
  TimelineEntry,
} from '../../timeline/types';
import { allEntries } from '../../timeline/view';

export interface TimelineFilters {
  query: string;
  app: string;
  jurisdiction: string;
  kind: RestrictionKind | '';
  state: RestrictionState | '';
}

export const NO_FILTERS: TimelineFilters = {
  query: '',
  app: '',
  jurisdiction: '',
  kind: '',
  state: '',
};

export function isFiltering(filters: TimelineFilters): boolean {
  return (
    filters.query.trim() !== '' ||
    filters.app !== '' ||
    filters.jurisdiction !== '' ||
    filters.kind !== '' ||
    filters.state !== ''
  );
}

/** Case- and accent-insensitive form for matching ("Türkiye" matches "turkiye"). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Entry key → folded text of everything a user might search for in that entry. */
export type SearchIndex = ReadonlyMap<string, string>;

/**
 * `describe` adds the localised words shown on screen (country name, kind and state labels),
 * which the pure timeline does not know.
 */
export function buildSearchIndex(
  timelines: readonly AppTimeline[],
  describe: (entry: TimelineEntry) => string[],
): SearchIndex {
  const index = new Map<string, string>();
  for (const entry of allEntries(timelines)) {
    const parts = [entry.app, entry.jurisdiction, entry.date, ...describe(entry)];
    for (const source of entry.sources) parts.push(source.title, source.site ?? '');
    index.set(entry.key, foldText(parts.join('\n')));
  }
  return index;
}

const EMPTY_INDEX: SearchIndex = new Map();

function entryMatches(
  entry: TimelineEntry,
  filters: TimelineFilters,
  terms: readonly string[],
  index: SearchIndex,
): boolean {
  if (filters.app && entry.app !== filters.app) return false;
  if (filters.jurisdiction && entry.jurisdiction !== filters.jurisdiction) return false;
  if (filters.kind && entry.kind !== filters.kind) return false;
  if (filters.state && entry.state !== filters.state) return false;
  if (terms.length === 0) return true;
  const text = index.get(entry.key) ?? '';
  return terms.every((term) => text.includes(term));
}

/**
 * The timelines reduced to matching entries; apps and jurisdictions left empty are dropped.
 * The search index is only requested once there is text to search for.
 */
export function applyFilters(
  timelines: readonly AppTimeline[],
  filters: TimelineFilters,
  getIndex: () => SearchIndex,
): readonly AppTimeline[] {
  if (!isFiltering(filters)) return timelines;
  const terms = foldText(filters.query).split(/\s+/).filter(Boolean);
  const index = terms.length > 0 ? getIndex() : EMPTY_INDEX;
  const result: AppTimeline[] = [];
  for (const app of timelines) {
    if (filters.app && app.app !== filters.app) continue;
    const jurisdictions: JurisdictionTimeline[] = [];
    for (const jurisdiction of app.jurisdictions) {
      const entries = jurisdiction.entries.filter((entry) =>
        entryMatches(entry, filters, terms, index),
      );
      if (entries.length > 0) jurisdictions.push({ ...jurisdiction, entries });
    }
    if (jurisdictions.length > 0) result.push({ ...app, jurisdictions });
  }
  return result;
}
