/**
 * Shapes of what Ban Radar keeps in IndexedDB (database `ban-radar`).
 * The idb schema, migrations and ingestion live beside this file.
 */
import type { Lang, RestrictionKind, RestrictionStatus } from '../analysis/types';

export interface StoredArticle {
  /** Normalised canonical URL (no fragment, no utm_* or fbclid, AMP mapped to canonical). */
  id: string;
  /** The URL to link to (http/https only). */
  url: string;
  title: string;
  site: string | null;
  lang: Lang | null;
  /** YYYY-MM-DD or null. */
  published: string | null;
  /** ISO timestamps. */
  firstSeen: string;
  lastSeen: string;
  score: number;
}

export interface StoredEvent {
  /** Deterministic from articleId, app, jurisdiction, kind, status, date (ingest.ts eventId). */
  id: string;
  articleId: string;
  app: string;
  jurisdiction: string;
  kind: RestrictionKind;
  status: RestrictionStatus;
  date: string;
  evidence: string;
}

/** An article the user marked "not relevant": ingestion refuses it from then on. */
export interface DismissedArticle {
  /** The article id (storage/url.ts) of the dismissed page. */
  articleId: string;
}
