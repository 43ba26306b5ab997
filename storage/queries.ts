/**
 * Reading the whole timeline, and the user's own changes: delete, dismiss, clear.
 */
import type { BanRadarDb } from './db';
import { removeArticle } from './ingest';
import { runWrite } from './transaction';
import type { StoredArticle, StoredEvent } from './types';
import { articleIdFromUrl } from './url';

export interface TimelineData {
  articles: StoredArticle[];
  events: StoredEvent[];
}

/** Everything the popup summarises, read in one consistent snapshot. */
export async function loadTimelineData(db: BanRadarDb): Promise<TimelineData> {
  const tx = db.transaction(['articles', 'events'], 'readonly');
  const [articles, events] = await Promise.all([
    tx.objectStore('articles').getAll(),
    tx.objectStore('events').getAll(),
    tx.done,
  ]);
  return { articles, events };
}

export async function deleteArticle(db: BanRadarDb, articleId: string): Promise<void> {
  await runWrite(db, ['articles', 'events'], (tx) => removeArticle(tx, articleId));
}

/**
 * "Not relevant": removes the page's article and events and remembers it, so later reports
 * of the page are refused. The page's own URL and, when given, its canonical URL are both
 * remembered, since a report may resolve to either.
 */
export async function dismissUrl(
  db: BanRadarDb,
  pageUrl: string,
  canonicalUrl?: string | null,
): Promise<void> {
  const ids = new Set(
    [articleIdFromUrl(pageUrl), articleIdFromUrl(pageUrl, canonicalUrl)].filter(
      (id): id is string => id !== null,
    ),
  );
  if (ids.size === 0) throw new TypeError('Only http(s) pages can be dismissed');
  await runWrite(db, ['articles', 'events', 'dismissed'], async (tx) => {
    for (const articleId of ids) {
      await removeArticle(tx, articleId);
      await tx.objectStore('dismissed').put({ articleId });
    }
  });
}

/** Empties the database, dismissals included: the user asked for a clean slate. */
export async function clearAll(db: BanRadarDb): Promise<void> {
  await runWrite(db, ['articles', 'events', 'dismissed'], async (tx) => {
    await Promise.all([
      tx.objectStore('articles').clear(),
      tx.objectStore('events').clear(),
      tx.objectStore('dismissed').clear(),
    ]);
  });
}
