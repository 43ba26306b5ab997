import { describe, expect, it, vi } from 'vitest';
import type { TimelineEntry } from '../../timeline/types';
import { entry, timelines } from '../../timeline/fixtures/entries';
import { applyFilters, buildSearchIndex, foldText, isFiltering, NO_FILTERS } from './timeline-view';

const data = timelines([
  entry({ app: 'Chirpa', jurisdiction: 'US', kind: 'payments', state: 'in-effect' }),
  entry({ app: 'Chirpa', jurisdiction: 'US', kind: 'ban', date: '2027-01', state: 'upcoming' }),
  entry({ app: 'Chirpa', jurisdiction: 'TR', kind: 'ban', state: 'lifted' }),
  entry({ app: 'Blabber', jurisdiction: 'NG', kind: 'ban', state: 'blocked' }),
]);
// Stands in for the localised country names the popup adds.
const describeEntry = (item: TimelineEntry) => (item.jurisdiction === 'TR' ? ['Türkiye'] : []);
const index = () => buildSearchIndex(data, describeEntry);

describe('applyFilters', () => {
  it('returns the timelines untouched without filters', () => {
    expect(applyFilters(data, NO_FILTERS, index)).toBe(data);
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, query: '  ' })).toBe(false);
  });

  it('filters by app, country, kind and state, dropping emptied groups', () => {
    const byKind = applyFilters(data, { ...NO_FILTERS, kind: 'payments' }, index);
    expect(byKind.map((app) => app.app)).toEqual(['Chirpa']);
    expect(byKind[0]?.jurisdictions.map((place) => place.jurisdiction)).toEqual(['US']);

    const byState = applyFilters(data, { ...NO_FILTERS, state: 'blocked' }, index);
    expect(byState.map((app) => app.app)).toEqual(['Blabber']);

    const byPlace = applyFilters(data, { ...NO_FILTERS, app: 'Chirpa', jurisdiction: 'TR' }, index);
    expect(byPlace.flatMap((app) => app.jurisdictions).map((p) => p.jurisdiction)).toEqual(['TR']);
  });

  it('searches case- and accent-insensitively across every term', () => {
    const result = applyFilters(data, { ...NO_FILTERS, query: 'turkiye CHIRPA' }, index);
    expect(result.flatMap((app) => app.jurisdictions).map((p) => p.jurisdiction)).toEqual(['TR']);
    expect(
      applyFilters(data, { ...NO_FILTERS, query: 'news.example blabber' }, index),
    ).toHaveLength(1);
    expect(applyFilters(data, { ...NO_FILTERS, query: 'nowhere' }, index)).toEqual([]);
  });

  it('builds the search index only when there is text to search', () => {
    const getIndex = vi.fn(index);
    applyFilters(data, { ...NO_FILTERS, kind: 'ban' }, getIndex);
    expect(getIndex).not.toHaveBeenCalled();
    applyFilters(data, { ...NO_FILTERS, query: 'chirpa' }, getIndex);
    expect(getIndex).toHaveBeenCalledOnce();
  });
});

describe('foldText', () => {
  it('drops case and diacritics', () => {
    expect(foldText('Türkiye ÉTÉ')).toBe('turkiye ete');
  });
});
