/**
 * A page's analysis into the database. Each report is the page's whole truth at the time:
 * it replaces whatever that article said before, in one transaction, so reloads are
 * idempotent and reports racing each other end as if they had arrived one after another.
 *
 * A report that now says "not a ban article" removes the article and its events: the page
 * changed or the analyzer improved, and stale restrictions would be wrong.
 */
import type { AnalysisResult, RestrictionEvent } from '../analysis/types';
import type { BanRadarDb } from './db';
import { runWrite, type WriteTransaction } from './transaction';
import type { StoredArticle, StoredEvent } from './types';
import { articleIdFromUrl, resolveArticleUrl } from './url';
import { sanitizeAnalysisResult } from './validate';

export { StorageFullError } from './transaction';

export interface PageReportInput {
  pageUrl: string;
  result: AnalysisResult;
}

export type IngestOutcome = 'stored' | 'not-ban' | 'dismissed' | 'invalid';

export interface IngestResult {
  articleId: string | null;
  /** Events now stored for the article (0 unless `stored`). */
  eventCount: number;
  outcome: IngestOutcome;
  /** Whether the database changed: a stored report, or a not-ban one that removed an article. */
  changed: boolean;
}

/** Same article and restriction → same id, whichever report or import brought it. */
export function eventId(articleId: string, event: RestrictionEvent): string {
  return JSON.stringify([
    articleId,
    event.app,
    event.jurisdiction,
    event.kind,
    event.status,
    event.date,
  ]);
}

export function toStoredEvents(articleId: string, events: RestrictionEvent[]): StoredEvent[] {
  const byId = new Map<string, StoredEvent>();
  for (const event of events) {
    const id = eventId(articleId, event);
    if (!byId.has(id)) byId.set(id, { id, articleId, ...event });
  }
  return [...byId.values()];
}

/**
 * Stores (or removes) what a page reported. A ban article is stored even without dated
 * events, so the options page can list it. Rejects with StorageFullError when the browser's
 * quota is exhausted; the database is then unchanged.
 */
export async function ingestReport(
  db: BanRadarDb,
  input: PageReportInput,
  now: Date,
): Promise<IngestResult> {
  const result = sanitizeAnalysisResult(input.result);
  const resolved = result ? resolveArticleUrl(input.pageUrl, result.url) : null;
  if (!result || !resolved) {
    return { articleId: null, eventCount: 0, outcome: 'invalid', changed: false };
  }
  // A dismissal may have been recorded under the page's own URL or under its canonical one.
  const candidateIds = new Set([resolved.id, articleIdFromUrl(input.pageUrl) ?? resolved.id]);
  const articleId = resolved.id;
  return runWrite(db, ['articles', 'events', 'dismissed'], async (tx) => {
    for (const id of candidateIds) {
      if (await tx.objectStore('dismissed').get(id)) {
        return { articleId, eventCount: 0, outcome: 'dismissed', changed: false };
      }
    }
    if (!result.isBanArticle) {
      const stored = await tx.objectStore('articles').getKey(articleId);
      await removeArticle(tx, articleId);
      return { articleId, eventCount: 0, outcome: 'not-ban', changed: stored !== undefined };
    }
    const previous = await tx.objectStore('articles').get(articleId);
    const article = toStoredArticle(articleId, resolved.url, result, previous, now);
    const events = toStoredEvents(articleId, result.events);
    await replaceArticle(tx, article, events);
    return { articleId, eventCount: events.length, outcome: 'stored', changed: true };
  });
}

function toStoredArticle(
  id: string,
  url: string,
  result: AnalysisResult,
  previous: StoredArticle | undefined,
  now: Date,
): StoredArticle {
  const seen = now.toISOString();
  return {
    id,
    url,
    title: result.title || new URL(url).hostname,
    site: result.siteName,
    lang: result.lang,
    published: result.published,
    firstSeen: previous?.firstSeen ?? seen,
    lastSeen: seen,
    score: result.score,
  };
}

/** Deletes an article and every event it contributed (inside the caller's transaction). */
export async function removeArticle(tx: WriteTransaction, articleId: string): Promise<void> {
  await deleteEventsOf(tx, articleId);
  await tx.objectStore('articles').delete(articleId);
}

async function deleteEventsOf(tx: WriteTransaction, articleId: string): Promise<void> {
  const events = tx.objectStore('events');
  const keys = await events.index('articleId').getAllKeys(articleId);
  await Promise.all(keys.map((key) => events.delete(key)));
}

async function replaceArticle(
  tx: WriteTransaction,
  article: StoredArticle,
  events: StoredEvent[],
): Promise<void> {
  await deleteEventsOf(tx, article.id);
  const store = tx.objectStore('events');
  await Promise.all([
    tx.objectStore('articles').put(article),
    ...events.map((event) => store.put(event)),
  ]);
}
