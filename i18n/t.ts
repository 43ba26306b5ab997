/**
 * UI message lookup. `browser.i18n` picks the message in the browser's UI language from
 * public/_locales; this wrapper is the only place the UI touches it, so components stay
 * testable (the fake browser in Vitest has no i18n: the key itself is returned instead).
 */
import { browser } from 'wxt/browser';
import type { Translate } from '../timeline/summary-line';

/** Every key of the English catalogue, the reference all other locales must match. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** Typed lookup for the UI's own keys; a misspelt key is a compile error. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  try {
    const message = browser.i18n.getMessage(key, substitutions);
    if (message) return message;
  } catch {
    // No i18n API (unit tests, fake browser): fall through to the key.
  }
  return key;
}

/**
 * Untyped lookup for timeline/summary-line.ts, whose keys are plain strings. They are all in
 * SUMMARY_MESSAGE_KEYS, and i18n/locales.test.ts checks every locale has each of them.
 */
export const translate: Translate = (key, substitutions) => t(key as MessageKey, substitutions);

/**
 * The language for Intl formatting: the browser's UI language when the messages shown are in
 * that language (keeping its region, e.g. en-GB dates), otherwise the language of the catalogue
 * the browser fell back to, so dates and words never mix two languages.
 */
export function pickLocale(uiLocale: string, catalogue: string): string {
  return uiLocale.split('-')[0]?.toLowerCase() === catalogue ? uiLocale : catalogue;
}

export function uiLanguage(): string {
  let uiLocale = 'en';
  try {
    uiLocale = browser.i18n.getUILanguage() || uiLocale;
  } catch {
    // No i18n API (unit tests, fake browser).
  }
  const catalogue = t('messagesLocale');
  return catalogue === 'messagesLocale' ? uiLocale : pickLocale(uiLocale, catalogue);
}
