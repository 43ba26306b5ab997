import { describe, expect, it } from 'vitest';
import { freshDb } from './fixtures/fresh-db';
import { banReport } from './fixtures/reports';
import { ingestReport } from './ingest';
import { clearAll, deleteArticle, dismissUrl, loadTimelineData } from './queries';

const NOW = new Date('2030-02-25T10:00:00Z');
const A = 'https://news.example/chirpa-a';
const B = 'https://news.example/chirpa-b';

async function withTwoArticles() {
  const db = await freshDb();
  await ingestReport(db, { pageUrl: A, result: banReport({ url: null }) }, NOW);
  await ingestReport(db, { pageUrl: B, result: banReport({ url: null }) }, NOW);
  return db;
}

describe('queries', () => {
  it('deletes one article with its events', async () => {
    const db = await withTwoArticles();
    await deleteArticle(db, A);
    const { articles, events } = await loadTimelineData(db);
    expect(articles.map((a) => a.id)).toEqual([B]);
    expect(new Set(events.map((e) => e.articleId))).toEqual(new Set([B]));
  });

  it('dismisses a page: its events go and later reports are refused', async () => {
    const db = await withTwoArticles();
    await dismissUrl(db, `${A}?utm_source=x#top`);
    expect((await loadTimelineData(db)).articles.map((a) => a.id)).toEqual([B]);
    const again = await ingestReport(db, { pageUrl: A, result: banReport({ url: null }) }, NOW);
    expect(again.outcome).toBe('dismissed');
  });

  it('dismisses under the canonical URL too', async () => {
    const db = await freshDb();
    const amp = 'https://news.example/amp/4711';
    await ingestReport(db, { pageUrl: amp, result: banReport({ url: A }) }, NOW);
    await dismissUrl(db, amp, A);
    expect((await loadTimelineData(db)).articles).toEqual([]);
    const again = await ingestReport(db, { pageUrl: A, result: banReport({ url: null }) }, NOW);
    expect(again.outcome).toBe('dismissed');
  });

  it('refuses to dismiss a page that is not on the web', async () => {
    const db = await freshDb();
    await expect(dismissUrl(db, 'about:blank')).rejects.toThrow(TypeError);
  });

  it('clears everything, dismissals included', async () => {
    const db = await withTwoArticles();
    await dismissUrl(db, A);
    await clearAll(db);
    expect(await loadTimelineData(db)).toEqual({ articles: [], events: [] });
    const again = await ingestReport(db, { pageUrl: A, result: banReport({ url: null }) }, NOW);
    expect(again.outcome).toBe('stored');
  });
});
