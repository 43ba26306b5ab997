/** Timeline fixtures for the popup's tests (fictional apps and sites). */
import type { AppTimeline, TimelineEntry } from '../../timeline/types';

export function entry(overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  const base: TimelineEntry = {
    key: '',
    app: 'Chirpa',
    jurisdiction: 'US',
    kind: 'ban',
    status: 'effective',
    date: '2024-03-01',
    precision: 'day',
    state: 'in-effect',
    daysUntil: -100,
    sources: [
      {
        articleId: 'https://news.example/chirpa',
        url: 'https://news.example/chirpa',
        title: 'Chirpa banned nationwide',
        site: 'news.example',
        published: '2024-02-20',
        evidence: 'Chirpa will be banned from 1 March.',
      },
    ],
    conflictingDates: [],
    supersededBy: null,
  };
  const merged = { ...base, ...overrides };
  return {
    ...merged,
    key:
      overrides.key ?? JSON.stringify([merged.app, merged.jurisdiction, merged.kind, merged.date]),
  };
}

/** Groups entries into app timelines in the given order (apps and jurisdictions as first seen). */
export function timelines(entries: TimelineEntry[]): AppTimeline[] {
  const apps = new Map<string, AppTimeline>();
  for (const item of entries) {
    let app = apps.get(item.app);
    if (!app) {
      app = { app: item.app, lastActivity: '2024-03-01T00:00:00.000Z', jurisdictions: [] };
      apps.set(item.app, app);
    }
    let place = app.jurisdictions.find((p) => p.jurisdiction === item.jurisdiction);
    if (!place) {
      place = { jurisdiction: item.jurisdiction, entries: [] };
      app.jurisdictions.push(place);
    }
    place.entries.push(item);
  }
  return [...apps.values()];
}
