/**
 * Gazetteers of apps/services and jurisdictions for the analysis engine: pure functions over
 * plain text. The tables are compiled on first use; country names and most nationality adjectives
 * come from `Intl.DisplayNames`, so they cost no bundle bytes.
 *
 * "Twitter" is an alias of the canonical "X" (the corpus gold names the service "X" before and
 * after the 2023 rename); a mention's `text` still shows which name the article used.
 */
export { appCategory, appNames } from './app-aliases';
export type { AppCategory } from './app-aliases';
export { findApps } from './apps';
export type { AppMention } from './apps';
export { findJurisdictions, flagEmoji, jurisdictionCountry } from './jurisdictions';
export type { JurisdictionMention, JurisdictionVia } from './jurisdictions';
