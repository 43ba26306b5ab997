/**
 * The vocabulary of Ban Radar's analysis: what a news page says about restrictions on apps.
 * Field names and labels follow the corpus format (../shared/corpus/README.md), so the CLI's
 * output can be scored directly.
 */

export const RESTRICTION_KINDS = [
  'ban',
  'store-removal',
  'updates',
  'payments',
  'infrastructure',
  'transactions',
  'government-devices',
  'minors',
  'divestiture',
  'partial',
] as const;
export type RestrictionKind = (typeof RESTRICTION_KINDS)[number];

export const RESTRICTION_STATUSES = [
  'proposed',
  'announced',
  'effective',
  'deadline',
  'delayed',
  'blocked',
  'lifted',
] as const;
export type RestrictionStatus = (typeof RESTRICTION_STATUSES)[number];

export const SUPPORTED_LANGS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'] as const;
export type Lang = (typeof SUPPORTED_LANGS)[number];

/** One dated restriction as an article states it. */
export interface RestrictionEvent {
  /** Canonical app or service name from the gazetteer, e.g. "TikTok". */
  app: string;
  /** ISO 3166-1 alpha-2 ("US"), ISO 3166-2 for a subdivision ("US-MT"), or "EU". */
  jurisdiction: string;
  kind: RestrictionKind;
  status: RestrictionStatus;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when the text gives no finer date. */
  date: string;
  /** The sentence that says so, as plain text. */
  evidence: string;
}

/** What the analyzer returns for one page (DOM in, this out). */
export interface AnalysisResult {
  isBanArticle: boolean;
  /** Detection confidence in [0, 1]. */
  score: number;
  lang: Lang | null;
  /** Publication date (YYYY-MM-DD) found on the page, or null. */
  published: string | null;
  title: string;
  /** The page's canonical URL when it declares a safe http(s) one, else its own URL. */
  url: string | null;
  siteName: string | null;
  events: RestrictionEvent[];
}
