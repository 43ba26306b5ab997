/**
 * Export and import. JSON is the backup format (documented in docs/storage.md); CSV and
 * iCalendar are exports for spreadsheets and calendars.
 *
 * An import file is untrusted: every field is checked (validate.ts), anything malformed is
 * skipped and reported with its path, and what passes is merged: an import adds and updates,
 * it never deletes, and it never brings back an article the user dismissed.
 */
import type { RestrictionEvent } from '../analysis/types';
import type { BanRadarDb } from './db';
import { toStoredEvents } from './ingest';
import { compareTuples } from './order';
import { loadTimelineData } from './queries';
import { runWrite, type WriteTransaction } from './transaction';
import type { StoredArticle, StoredEvent } from './types';
import { resolveArticleUrl } from './url';
import {
  checkEvent,
  checkText,
  httpUrlOrNull,
  isDayDate,
  isLang,
  isObject,
  LIMITS,
  type Checked,
} from './validate';

export { exportCsv } from './export-csv';
export { exportIcs } from './export-ics';

export const EXPORT_FORMAT = 'ban-radar';
export const EXPORT_FORMAT_VERSION = 1;
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
export const MAX_IMPORT_ARTICLES = 20_000;

type ExportedEvent = RestrictionEvent;
type ExportedArticle = StoredArticle & { events: ExportedEvent[] };

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_FORMAT_VERSION;
  exportedAt: string;
  articles: ExportedArticle[];
}

export interface ImportReport {
  articlesAdded: number;
  articlesUpdated: number;
  eventsAdded: number;
  /** What was left out, e.g. { path: 'articles[3].events[0].date', reason: '…' }. */
  skipped: { path: string; reason: string }[];
}

/** The file cannot be imported at all (not JSON, not ours, too large). */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** Every article with its events, sorted, so two exports of the same data are identical. */
export async function exportJson(db: BanRadarDb, now: Date): Promise<string> {
  const { articles, events } = await loadTimelineData(db);
  const byArticle = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const list = byArticle.get(event.articleId);
    if (list) list.push(event);
    else byArticle.set(event.articleId, [event]);
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_FORMAT_VERSION,
    exportedAt: now.toISOString(),
    articles: articles
      .sort((a, b) => compareTuples([a.id], [b.id]))
      .map((article) => toExportedArticle(article, byArticle.get(article.id) ?? [])),
  };
  return JSON.stringify(file, null, 2);
}

/** Fields in a fixed order, whatever order the stored object has them in. */
function toExportedArticle(article: StoredArticle, events: StoredEvent[]): ExportedArticle {
  const { id, url, title, site, lang, published, firstSeen, lastSeen, score } = article;
  const exportedEvents = events.map(toExportedEvent).sort(compareEvents);
  return {
    id,
    url,
    title,
    site,
    lang,
    published,
    firstSeen,
    lastSeen,
    score,
    events: exportedEvents,
  };
}

function toExportedEvent({ app, jurisdiction, kind, status, date, evidence }: StoredEvent) {
  return { app, jurisdiction, kind, status, date, evidence };
}

function compareEvents(a: ExportedEvent, b: ExportedEvent): number {
  return compareTuples(
    [a.date, a.app, a.jurisdiction, a.kind, a.status],
    [b.date, b.app, b.jurisdiction, b.kind, b.status],
  );
}

/** Reads an export file and merges what is valid. Throws ImportError if it is unusable. */
export async function importJson(db: BanRadarDb, text: string, now: Date): Promise<ImportReport> {
  const rawArticles = parseExportFile(text);
  const report: ImportReport = {
    articlesAdded: 0,
    articlesUpdated: 0,
    eventsAdded: 0,
    skipped: [],
  };
  const valid = rawArticles.flatMap((raw, index) => {
    const parsed = readArticle(raw, `articles[${index}]`, now, report.skipped);
    return parsed ? [parsed] : [];
  });
  await runWrite(db, ['articles', 'events', 'dismissed'], async (tx) => {
    for (const item of valid) await mergeArticle(tx, item, report);
  });
  return report;
}

function parseExportFile(text: string): unknown[] {
  if (text.length > MAX_IMPORT_CHARS) {
    throw new ImportError(`The file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('The file is not JSON');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError('The file is not a Ban Radar export');
  }
  if (data.version !== EXPORT_FORMAT_VERSION) {
    throw new ImportError(`Unsupported export format version: ${String(data.version)}`);
  }
  if (!Array.isArray(data.articles)) throw new ImportError('The file has no list of articles');
  if (data.articles.length > MAX_IMPORT_ARTICLES) {
    throw new ImportError(`The file has more than ${MAX_IMPORT_ARTICLES} articles`);
  }
  return data.articles;
}

interface ImportedArticle {
  /** Where it was in the file, for the report. */
  path: string;
  article: StoredArticle;
  events: StoredEvent[];
}

/** One article of the file, or null (and a `skipped` entry) when it is unusable. */
function readArticle(
  raw: unknown,
  path: string,
  now: Date,
  skipped: ImportReport['skipped'],
): ImportedArticle | null {
  if (!isObject(raw)) {
    skipped.push({ path, reason: 'not an object' });
    return null;
  }
  const article = checkArticle(raw, now);
  if (!article.ok) {
    skipped.push({ path: joinPath(path, article.field), reason: article.reason });
    return null;
  }
  const rawEvents = raw.events;
  if (!Array.isArray(rawEvents) || rawEvents.length > LIMITS.eventsPerArticle) {
    const reason = `not a list of at most ${LIMITS.eventsPerArticle} events`;
    skipped.push({ path: `${path}.events`, reason });
    return null;
  }
  const events = rawEvents.flatMap((rawEvent, index) => {
    const event = checkEvent(rawEvent, 'refuse');
    if (event.ok) return [event.value];
    skipped.push({ path: joinPath(`${path}.events[${index}]`, event.field), reason: event.reason });
    return [];
  });
  return { path, article: article.value, events: toStoredEvents(article.value.id, events) };
}

function joinPath(path: string, field: string): string {
  return field ? `${path}.${field}` : path;
}

type ArticleDetails = Pick<StoredArticle, 'title' | 'site' | 'lang' | 'published' | 'score'>;
type Sightings = Pick<StoredArticle, 'firstSeen' | 'lastSeen'>;

const failed = (field: string, reason: string) => ({ ok: false, field, reason }) as const;

/** The article's fields; its id is recomputed from its URL, never taken from the file. */
function checkArticle(raw: Record<string, unknown>, now: Date): Checked<StoredArticle> {
  const httpUrl = httpUrlOrNull(raw.url);
  const resolved = httpUrl ? resolveArticleUrl(httpUrl) : null;
  if (!resolved) return failed('url', 'not an http(s) URL');
  const details = checkDetails(raw);
  if (!details.ok) return details;
  const seen = checkSightings(raw, now);
  if (!seen.ok) return seen;
  return {
    ok: true,
    value: { id: resolved.id, url: resolved.url, ...details.value, ...seen.value },
  };
}

function checkDetails(raw: Record<string, unknown>): Checked<ArticleDetails> {
  const title = checkText(raw.title, 'title', LIMITS.title, 'refuse');
  if (!title.ok) return title;
  const site = raw.site === null ? null : checkText(raw.site, 'site', LIMITS.siteName, 'refuse');
  if (site && !site.ok) return site;
  if (raw.lang !== null && !isLang(raw.lang)) return failed('lang', 'not a supported language');
  if (raw.published !== null && !isDayDate(raw.published)) {
    return failed('published', 'not YYYY-MM-DD or null');
  }
  if (typeof raw.score !== 'number' || !(raw.score >= 0 && raw.score <= 1)) {
    return failed('score', 'not a number between 0 and 1');
  }
  return {
    ok: true,
    value: {
      title: title.value,
      site: site?.value || null,
      lang: raw.lang,
      published: raw.published,
      score: raw.score,
    },
  };
}

function checkSightings(raw: Record<string, unknown>, now: Date): Checked<Sightings> {
  const firstSeen = timestamp(raw.firstSeen, now);
  const lastSeen = timestamp(raw.lastSeen, now);
  if (!firstSeen) return failed('firstSeen', 'not an ISO timestamp');
  if (!lastSeen) return failed('lastSeen', 'not an ISO timestamp');
  return { ok: true, value: { firstSeen: firstSeen < lastSeen ? firstSeen : lastSeen, lastSeen } };
}

/** An ISO timestamp, normalised; times in the future are clamped to `now`. */
function timestamp(value: unknown, now: Date): string | null {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    return null;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  return new Date(Math.min(time, now.getTime())).toISOString();
}

async function mergeArticle(
  tx: WriteTransaction,
  { article, events, path }: ImportedArticle,
  report: ImportReport,
): Promise<void> {
  if (await tx.objectStore('dismissed').get(article.id)) {
    report.skipped.push({ path, reason: 'dismissed by the user' });
    return;
  }
  const articles = tx.objectStore('articles');
  const existing = await articles.get(article.id);
  await articles.put(existing ? mergedArticle(existing, article) : article);
  if (existing) report.articlesUpdated += 1;
  else report.articlesAdded += 1;
  const store = tx.objectStore('events');
  const known = await Promise.all(events.map((event) => store.getKey(event.id)));
  await Promise.all(events.map((event) => store.put(event)));
  report.eventsAdded += known.filter((key) => key === undefined).length;
}

/** Keeps the earliest first sighting, the latest last sighting, and the fresher details. */
function mergedArticle(existing: StoredArticle, incoming: StoredArticle): StoredArticle {
  const fresher = incoming.lastSeen > existing.lastSeen ? incoming : existing;
  return {
    ...fresher,
    firstSeen: existing.firstSeen < incoming.firstSeen ? existing.firstSeen : incoming.firstSeen,
  };
}
