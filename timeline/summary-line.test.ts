import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article, event } from './fixtures/records';
import { buildTimeline } from './summarize';
import {
  SUMMARY_MESSAGE_KEYS,
  summaryLine,
  summarySegments,
  summaryText,
  type SummarySegment,
  type Translate,
} from './summary-line';
import type { TimelineEntry } from './types';

const GERMAN: Record<keyof typeof SUMMARY_MESSAGE_KEYS, string> = {
  summary_in_effect_since: 'in Kraft seit $1',
  summary_from: 'ab $1',
  summary_deadline: 'Frist $1',
  summary_deadline_passed: 'Frist abgelaufen $1',
  summary_proposed: 'vorgeschlagen $1',
  summary_delayed: 'verschoben $1',
  summary_blocked_since: 'gestoppt seit $1',
  summary_lifted_since: 'aufgehoben seit $1',
  summary_lifted_from: 'aufgehoben ab $1',
  summary_segment: '$1: $2',
  kind_ban: 'Verbot',
  kind_store_removal: 'App-Store-Entfernung',
  kind_updates: 'App-Updates',
  kind_payments: 'Zahlungen',
  kind_infrastructure: 'Hosting und CDN',
  kind_transactions: 'Transaktionen',
  kind_government_devices: 'Dienstgeräte',
  kind_minors: 'Minderjährige',
  kind_divestiture: 'Zwangsverkauf',
  kind_partial: 'Teilbeschränkungen',
};

/** What browser.i18n.getMessage does with a catalogue: $1… replaced by substitutions. */
function translator(messages: Record<string, string>): Translate {
  return (key, substitutions = []) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`missing message ${key}`);
    return message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}

const en = translator(SUMMARY_MESSAGE_KEYS);
const de = translator(GERMAN);
const TODAY = new Date(2030, 3, 1, 12); // 1 Apr 2030

function usEntries(
  events: Parameters<typeof buildTimeline>[1],
  articles = [source],
): TimelineEntry[] {
  return buildTimeline(articles, events, TODAY)[0]?.jurisdictions[0]?.entries ?? [];
}
const source = article('alpha', { published: '2030-03-10' });

describe('summaryLine', () => {
  const entries = usEntries([
    event(source, { kind: 'payments', date: '2030-03-20' }),
    event(source, { kind: 'updates', date: '2030-03-20' }),
    event(source, { kind: 'infrastructure', date: '2030-05-12' }),
  ]);

  it('says what is in effect and what is coming, in English', () => {
    expect(summaryLine(entries, en, 'en-GB')).toBe(
      'In effect since 20 Mar 2030: app updates, payments · from 12 May 2030: hosting and CDN',
    );
  });

  it('says the same in German', () => {
    expect(summaryLine(entries, de, 'de')).toBe(
      'In Kraft seit 20. März 2030: App-Updates, Zahlungen · ab 12. Mai 2030: Hosting und CDN',
    );
  });

  it('never invents a day for a month-precision date', () => {
    const month = usEntries([event(source, { kind: 'ban', status: 'deadline', date: '2030-06' })]);
    expect(summaryLine(month, en, 'en-GB')).toBe('Deadline Jun 2030: ban');
    expect(summaryLine(month, de, 'de')).toBe('Frist Juni 2030: Verbot');
  });

  it('leaves out what was superseded and says what stopped it', () => {
    const later = article('beta', { published: '2030-03-25' });
    const blocked = usEntries(
      [
        event(source, { kind: 'payments', date: '2030-03-20' }),
        event(later, { kind: 'payments', status: 'blocked', date: '2030-03-24' }),
      ],
      [source, later],
    );
    expect(summaryLine(blocked, en, 'en-GB')).toBe('Blocked since 24 Mar 2030: payments');
  });

  it('is empty when there is nothing to say', () => {
    expect(summaryLine([], en, 'en')).toBe('');
  });
});

describe('summarySegments and summaryText', () => {
  it('keep phrase, date at its precision and kinds, in date order, without words', () => {
    const entries = usEntries([
      event(source, { kind: 'ban', status: 'deadline', date: '2030-06' }),
      event(source, { kind: 'payments', date: '2030-03-20' }),
      event(source, { kind: 'updates', date: '2030-03-20' }),
    ]);
    expect(summarySegments(entries)).toEqual([
      { phrase: 'summary_in_effect_since', date: '2030-03-20', kinds: ['updates', 'payments'] },
      { phrase: 'summary_deadline', date: '2030-06', kinds: ['ban'] },
    ]);
  });

  it('word segments that read alike as one part of the line', () => {
    const alike = translator({ ...SUMMARY_MESSAGE_KEYS, summary_lifted_from: 'from $1' });
    const segments: SummarySegment[] = [
      { phrase: 'summary_from', date: '2030-05-12', kinds: ['payments'] },
      { phrase: 'summary_lifted_from', date: '2030-05-12', kinds: ['ban'] },
    ];
    expect(summaryText(segments, alike, 'en-GB')).toBe('From 12 May 2030: ban, payments');
  });
});

describe('SUMMARY_MESSAGE_KEYS', () => {
  const localesDir = new URL('../public/_locales/', import.meta.url);
  const catalogue = (locale: string) =>
    JSON.parse(readFileSync(new URL(`${locale}/messages.json`, localesDir), 'utf8')) as Record<
      string,
      { message: string }
    >;

  it('matches the English catalogue the extension ships', () => {
    const english = catalogue('en');
    for (const [key, text] of Object.entries(SUMMARY_MESSAGE_KEYS)) {
      expect(english[key]?.message, key).toBe(text);
    }
  });

  it.each(readdirSync(localesDir))('is translated in %s, with its placeholders', (locale) => {
    const messages = catalogue(locale);
    for (const [key, text] of Object.entries(SUMMARY_MESSAGE_KEYS)) {
      const placeholders = text.match(/\$\d/g)?.sort() ?? [];
      expect(messages[key]?.message.match(/\$\d/g)?.sort() ?? [], `${locale} ${key}`).toEqual(
        placeholders,
      );
    }
  });
});
