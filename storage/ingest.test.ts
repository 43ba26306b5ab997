import { describe, expect, it } from 'vitest';
import type { BanRadarDb } from './db';
import { banReport, notBanReport, restriction } from './fixtures/reports';
import { freshDb } from './fixtures/fresh-db';
import { ingestReport, StorageFullError } from './ingest';
import { dismissUrl, loadTimelineData } from './queries';

const PAGE = 'https://news.example/world/chirpa-payments';
const MONDAY = new Date('2030-02-25T10:00:00Z');
const TUESDAY = new Date('2030-02-26T10:00:00Z');

async function snapshot(db: BanRadarDb) {
  const { articles, events } = await loadTimelineData(db);
  return {
    articles: articles.sort((a, b) => a.id.localeCompare(b.id)),
    events: events.sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe('ingestReport', () => {
  it('stores a ban article with its events', async () => {
    const db = await freshDb();
    const outcome = await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    expect(outcome).toEqual({
      articleId: 'https://news.example/world/chirpa-payments',
      eventCount: 2,
      outcome: 'stored',
      changed: true,
    });
    const { articles, events } = await snapshot(db);
    expect(articles).toEqual([
      expect.objectContaining({
        title: 'Chirpa payments to end in March',
        site: 'Example News',
        firstSeen: MONDAY.toISOString(),
        lastSeen: MONDAY.toISOString(),
      }),
    ]);
    expect(events.map((e) => [e.kind, e.date])).toEqual([
      ['infrastructure', '2030-04-15'],
      ['payments', '2030-03-01'],
    ]);
  });

  it('keeps one article across reloads, tracking links, fragments and the AMP copy', async () => {
    const db = await freshDb();
    const visits = [
      PAGE,
      `${PAGE}?utm_source=newsletter&utm_medium=email`,
      `${PAGE}?fbclid=abc123`,
      `${PAGE}#comments`,
      'https://amp.news.example/world/chirpa-payments/amp',
      'http://www.news.example/world/chirpa-payments/',
    ];
    for (const pageUrl of visits) {
      await ingestReport(db, { pageUrl, result: banReport({ url: null }) }, MONDAY);
    }
    const { articles, events } = await snapshot(db);
    expect(articles).toHaveLength(1);
    expect(events).toHaveLength(2);
  });

  it('uses the canonical URL the page declares', async () => {
    const db = await freshDb();
    const amp = 'https://news.example/amp/story-4711';
    const result = banReport({ url: 'https://news.example/world/chirpa-payments' });
    const { articleId } = await ingestReport(db, { pageUrl: amp, result }, MONDAY);
    expect(articleId).toBe('https://news.example/world/chirpa-payments');
  });

  it('is idempotent and keeps the first sighting on a re-analysis', async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, TUESDAY);
    const { articles, events } = await snapshot(db);
    expect(events).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      firstSeen: MONDAY.toISOString(),
      lastSeen: TUESDAY.toISOString(),
    });
  });

  it("replaces the article's own events, leaving other articles' alone", async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    await ingestReport(
      db,
      { pageUrl: 'https://other.example/chirpa', result: banReport({ url: null }) },
      MONDAY,
    );
    const updated = banReport({ events: [restriction({ date: '2030-03-08' })] });
    await ingestReport(db, { pageUrl: PAGE, result: updated }, TUESDAY);
    const { events } = await snapshot(db);
    const mine = events.filter((e) => e.articleId === 'https://news.example/world/chirpa-payments');
    expect(mine.map((e) => e.date)).toEqual(['2030-03-08']);
    expect(events).toHaveLength(3);
  });

  it('removes a stored article when a re-analysis says it is not about a ban', async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    const outcome = await ingestReport(db, { pageUrl: PAGE, result: notBanReport() }, TUESDAY);
    expect(outcome).toMatchObject({ outcome: 'not-ban', changed: true });
    expect(await snapshot(db)).toEqual({ articles: [], events: [] });
  });

  it('stores a ban article without dated events, so it can be listed', async () => {
    const db = await freshDb();
    const outcome = await ingestReport(
      db,
      { pageUrl: PAGE, result: banReport({ events: [] }) },
      MONDAY,
    );
    expect(outcome).toMatchObject({ outcome: 'stored', eventCount: 0 });
    expect((await snapshot(db)).articles).toHaveLength(1);
  });

  it('stores the valid events of a report and drops the malformed ones', async () => {
    const db = await freshDb();
    const result = banReport({ events: [restriction(), restriction({ date: 'soon' })] });
    const outcome = await ingestReport(db, { pageUrl: PAGE, result }, MONDAY);
    expect(outcome.eventCount).toBe(1);
    expect((await snapshot(db)).events.map((e) => e.date)).toEqual(['2030-03-01']);
  });

  it('leaves the database alone for a not-ban page it never stored', async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    const before = await snapshot(db);
    const outcome = await ingestReport(
      db,
      { pageUrl: 'https://news.example/sport', result: notBanReport({ url: null }) },
      MONDAY,
    );
    expect(outcome).toMatchObject({ outcome: 'not-ban', changed: false });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a dismissed page, under its own or its canonical URL', async () => {
    const db = await freshDb();
    await dismissUrl(db, `${PAGE}?utm_campaign=x`);
    const direct = await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    const viaAmp = await ingestReport(
      db,
      { pageUrl: 'https://news.example/amp/story-4711', result: banReport() },
      MONDAY,
    );
    expect([direct.outcome, viaAmp.outcome]).toEqual(['dismissed', 'dismissed']);
    expect((await snapshot(db)).articles).toEqual([]);
  });

  it('refuses malformed reports and non-web pages', async () => {
    const db = await freshDb();
    const broken = { ...banReport(), events: 'lots' } as unknown as ReturnType<typeof banReport>;
    const results = await Promise.all([
      ingestReport(db, { pageUrl: PAGE, result: broken }, MONDAY),
      ingestReport(
        db,
        { pageUrl: 'file:///home/me/chirpa.html', result: banReport({ url: null }) },
        MONDAY,
      ),
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['invalid', 'invalid']);
    expect((await snapshot(db)).articles).toEqual([]);
  });

  it('ends concurrent reports exactly like the same reports one after another', async () => {
    const reports = [
      { pageUrl: PAGE, result: banReport() },
      {
        pageUrl: `${PAGE}#top`,
        result: banReport({ events: [restriction({ date: '2030-03-02' })] }),
      },
      { pageUrl: 'https://other.example/chirpa', result: banReport({ url: null }) },
      { pageUrl: `${PAGE}?utm_source=x`, result: banReport({ title: 'Updated headline' }) },
    ];
    const concurrent = await freshDb();
    await Promise.all(reports.map((input) => ingestReport(concurrent, input, MONDAY)));
    const sequential = await freshDb();
    for (const input of reports) await ingestReport(sequential, input, MONDAY);
    expect(await snapshot(concurrent)).toEqual(await snapshot(sequential));
  });

  it('rejects with StorageFullError and changes nothing when the quota is exceeded', async () => {
    const db = await freshDb();
    await ingestReport(db, { pageUrl: PAGE, result: banReport() }, MONDAY);
    const before = await snapshot(db);
    const report = { pageUrl: PAGE, result: banReport({ title: 'A much longer story now' }) };
    await expect(ingestReport(quotaExceeding(db), report, TUESDAY)).rejects.toBeInstanceOf(
      StorageFullError,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

function abortOnce(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already aborted.
  }
}

/**
 * The database as a browser with a full disk behaves: writes are accepted, then the
 * transaction aborts and `done` rejects with QuotaExceededError.
 */
function quotaExceeding(db: BanRadarDb): BanRadarDb {
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'transaction') return Reflect.get(target, property, receiver);
      return (...args: Parameters<BanRadarDb['transaction']>) => {
        const tx = target.transaction(...args);
        const quotaDone = tx.done.catch(() => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        });
        return new Proxy(tx, {
          get(txTarget, txProperty, txReceiver) {
            if (txProperty === 'done') {
              abortOnce(txTarget);
              return quotaDone;
            }
            const value: unknown = Reflect.get(txTarget, txProperty, txReceiver);
            // idb's methods must run on its own transaction object, not on this proxy.
            return typeof value === 'function' ? value.bind(txTarget) : value;
          },
        });
      };
    },
  });
}
