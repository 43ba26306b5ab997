/**
 * Every locale must be complete: the same keys as English, the same placeholders (a missing
 * one silently drops a number or date from the sentence), and no empty messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../analysis/types';
import { SUMMARY_MESSAGE_KEYS } from '../timeline/summary-line';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const LOCALES_DIR = join(__dirname, '../public/_locales');

function load(lang: string): Record<string, Message> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8'));
}

/** Named ($COUNT$) and positional ($1) placeholders a message uses, sorted. */
function tokens(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z_]+)\$|\$(\d)/g)]
    .map(([, name, position]) => (name ? name.toLowerCase() : `$${position}`))
    .sort();
}

const en = load('en');
const others = SUPPORTED_LANGS.filter((lang) => lang !== 'en');

describe('locales', () => {
  it('has a catalogue for each supported language and no other', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual([...SUPPORTED_LANGS].sort());
  });

  it('has every summary-line key in English with the text summaryLine was written for', () => {
    for (const [key, text] of Object.entries(SUMMARY_MESSAGE_KEYS)) {
      expect(en[key]?.message, key).toBe(text);
    }
  });

  it('names its own language in messagesLocale (used to pick the Intl locale)', () => {
    for (const lang of SUPPORTED_LANGS) {
      expect(load(lang).messagesLocale?.message).toBe(lang);
    }
  });

  it('keeps the store limits for name and description', () => {
    for (const lang of SUPPORTED_LANGS) {
      const messages = load(lang);
      expect(messages.extName?.message.length, lang).toBeLessThanOrEqual(75);
      expect(messages.extDescription?.message.length, lang).toBeLessThanOrEqual(132);
    }
  });

  it.each(SUPPORTED_LANGS)('%s has only valid keys and no empty message', (lang) => {
    for (const [key, entry] of Object.entries(load(lang))) {
      expect(key, lang).toMatch(/^[A-Za-z0-9_]+$/);
      expect(entry.message.trim(), `${lang}.${key}`).not.toBe('');
    }
  });

  it.each(others)('%s has exactly the English keys and placeholders', (lang) => {
    const messages = load(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, reference] of Object.entries(en)) {
      const translated = messages[key];
      expect(translated && tokens(translated.message), `${lang}.${key}`).toEqual(
        tokens(reference.message),
      );
      expect(translated?.placeholders, `${lang}.${key} placeholders`).toEqual(
        reference.placeholders,
      );
    }
  });
});
