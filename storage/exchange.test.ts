import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT_VERSION,
  exportJson,
  ImportError,
  importJson,
  MAX_IMPORT_CHARS,
} from './exchange';
import { freshDb } from './fixtures/fresh-db';
import { banReport, restriction } from './fixtures/reports';
import { ingestReport } from './ingest';
import { dismissUrl, loadTimelineData } from './queries';

const NOW = new Date('2030-02-25T10:00:00Z');
const LATER = new Date('2030-03-01T10:00:00Z');
const PAGE = 'https://news.example/chirpa';

function exportedArticle(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ignored',
    url: 'https://paper.example/chirpa-ban',
    title: 'Chirpa banned',
    site: 'Paper',
    lang: 'en',
    published: '2030-01-02',
    firstSeen: '2030-01-02T08:00:00.000Z',
    lastSeen: '2030-01-03T08:00:00.000Z',
    score: 0.8,
    events: [restriction({ kind: 'ban', date: '2030-02-01' })],
    ...overrides,
  };
}

function file(articles: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'ban-radar',
    version: EXPORT_FORMAT_VERSION,
    exportedAt: NOW.toISOString(),
    articles,
    ...extra,
  });
}

describe('JSON export and import', () => {
  it('round-trips everything into an empty profile', async () => {
    const source = await freshDb();
    await ingestReport(source, { pageUrl: PAGE, result: banReport({ url: null }) }, NOW);
    await ingestReport(source, { pageUrl: `${PAGE}-2`, result: banReport({ url: null }) }, NOW);
    const text = await exportJson(source, NOW);
    const target = await freshDb();
    const report = await importJson(target, text, LATER);
    expect(report).toEqual({ articlesAdded: 2, articlesUpdated: 0, eventsAdded: 4, skipped: [] });
    expect(await exportJson(target, NOW)).toBe(text);
  });

  it('merges into existing data without duplicates', async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport({ url: null }) }, LATER);
    const text = await exportJson(db, NOW);
    const report = await importJson(db, text, LATER);
    expect(report).toMatchObject({ articlesAdded: 0, articlesUpdated: 1, eventsAdded: 0 });
    const imported = await importJson(db, file([exportedArticle()]), LATER);
    expect(imported).toMatchObject({ articlesAdded: 1, eventsAdded: 1 });
    expect((await loadTimelineData(db)).events).toHaveLength(3);
  });

  it('keeps the earliest first sighting and the fresher details', async () => {
    const db = await freshDb();
    await importJson(db, file([exportedArticle()]), LATER);
    await importJson(
      db,
      file([
        exportedArticle({
          title: 'Chirpa banned (updated)',
          firstSeen: '2030-01-05T00:00:00.000Z',
          lastSeen: '2030-01-06T00:00:00.000Z',
        }),
      ]),
      LATER,
    );
    const [article] = (await loadTimelineData(db)).articles;
    expect(article).toMatchObject({
      title: 'Chirpa banned (updated)',
      firstSeen: '2030-01-02T08:00:00.000Z',
      lastSeen: '2030-01-06T00:00:00.000Z',
    });
  });

  it.each([
    ['not JSON', 'this is not json {', 'The file is not JSON'],
    [
      'another format',
      JSON.stringify({ format: 'other', version: 1, articles: [] }),
      'not a Ban Radar export',
    ],
    ['a newer version', file([], { version: 99 }), 'Unsupported export format version: 99'],
    ['no article list', file([], { articles: 'none' }), 'no list of articles'],
  ])('throws a clear error on %s', async (_, text, message) => {
    const db = await freshDb();
    await expect(importJson(db, text, NOW)).rejects.toThrow(message);
    await expect(importJson(db, text, NOW)).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses an oversized file before parsing it', async () => {
    const db = await freshDb();
    const huge = file([exportedArticle({ title: 'x'.repeat(MAX_IMPORT_CHARS) })]);
    await expect(importJson(db, huge, NOW)).rejects.toThrow(/larger than 20 MB/);
  });

  it('skips what is malformed or hostile, says where, and imports the rest', async () => {
    const db = await freshDb();
    const report = await importJson(
      db,
      file([
        exportedArticle({ url: 'javascript:alert(document.cookie)' }),
        exportedArticle({ url: 'https://ok.example/a', title: 'x'.repeat(501) }),
        exportedArticle({ url: 'https://ok.example/b', lang: 'xx' }),
        exportedArticle({ url: 'https://ok.example/c', score: 'high' }),
        exportedArticle({ url: 'https://ok.example/d', firstSeen: 'last week' }),
        exportedArticle({ url: 'https://ok.example/e', events: Array(201).fill(restriction()) }),
        exportedArticle({
          url: 'https://ok.example/f',
          events: [
            restriction({ date: '2030-02-01' }),
            restriction({ kind: 'nuke' as never }),
            restriction({ evidence: 'e'.repeat(1001) }),
          ],
        }),
        'not an article',
      ]),
      NOW,
    );
    expect(report.skipped).toEqual([
      { path: 'articles[0].url', reason: 'not an http(s) URL' },
      { path: 'articles[1].title', reason: 'longer than 500 characters' },
      { path: 'articles[2].lang', reason: 'not a supported language' },
      { path: 'articles[3].score', reason: 'not a number between 0 and 1' },
      { path: 'articles[4].firstSeen', reason: 'not an ISO timestamp' },
      { path: 'articles[5].events', reason: 'not a list of at most 200 events' },
      { path: 'articles[6].events[1].kind', reason: expect.stringContaining('not one of') },
      { path: 'articles[6].events[2].evidence', reason: 'longer than 1000 characters' },
      { path: 'articles[7]', reason: 'not an object' },
    ]);
    expect(report).toMatchObject({ articlesAdded: 1, eventsAdded: 1 });
    const { articles } = await loadTimelineData(db);
    expect(articles.map((a) => a.url)).toEqual(['https://ok.example/f']);
  });

  it('keeps script in titles as plain text and clamps future timestamps', async () => {
    const db = await freshDb();
    await importJson(
      db,
      file([
        exportedArticle({
          title: '<img src=x onerror=alert(1)>',
          lastSeen: '2999-01-01T00:00:00Z',
        }),
      ]),
      NOW,
    );
    const [article] = (await loadTimelineData(db)).articles;
    expect(article?.title).toBe('<img src=x onerror=alert(1)>');
    expect(article?.lastSeen).toBe(NOW.toISOString());
  });

  it('recomputes ids from URLs and never revives a dismissed article', async () => {
    const db = await freshDb();
    await dismissUrl(db, 'https://paper.example/chirpa-ban');
    const report = await importJson(
      db,
      file([exportedArticle({ url: 'https://www.paper.example/chirpa-ban?utm_source=x' })]),
      NOW,
    );
    expect(report.skipped).toEqual([{ path: 'articles[0]', reason: 'dismissed by the user' }]);
    expect((await loadTimelineData(db)).articles).toEqual([]);
  });
});
