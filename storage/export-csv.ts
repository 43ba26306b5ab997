/**
 * Events as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break quoted, quotes doubled), one row per stored event with its article.
 *
 * Evidence and titles come from web pages, so a cell like `=HYPERLINK(…)` could run as a
 * formula when the file is opened in a spreadsheet: cells starting with =, +, -, @, tab or
 * carriage return get a leading apostrophe, which spreadsheets show as plain text.
 */
import type { BanRadarDb } from './db';
import { compareTuples } from './order';
import { loadTimelineData } from './queries';
import type { StoredArticle, StoredEvent } from './types';

export const CSV_COLUMNS = [
  'date',
  'app',
  'jurisdiction',
  'kind',
  'status',
  'evidence',
  'article_title',
  'article_url',
  'article_site',
  'article_published',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(event: StoredEvent, article: StoredArticle | undefined): string[] {
  return [
    event.date,
    event.app,
    event.jurisdiction,
    event.kind,
    event.status,
    event.evidence,
    article?.title ?? '',
    article?.url ?? '',
    article?.site ?? '',
    article?.published ?? '',
  ];
}

/** Rows sorted by date, then app, jurisdiction, kind and status. */
export async function exportCsv(db: BanRadarDb): Promise<string> {
  const { articles, events } = await loadTimelineData(db);
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const rows = events
    .map((event) => row(event, articlesById.get(event.articleId)))
    .sort(compareTuples);
  return [[...CSV_COLUMNS], ...rows].map((cells) => cells.map(csvCell).join(',') + '\r\n').join('');
}
