import { describe, expect, it } from 'vitest';
import type { DateMention } from './dates';
import type { AppMention } from './gazetteer';
import { pairAppsWithDates } from './pairing';

function app(text: string, name: string): AppMention {
  return { text: name, app: name, category: 'social', ...span(text, name) };
}
function date(text: string, phrase: string, iso: string): DateMention {
  return { ...span(text, phrase), text: phrase, date: iso, role: 'from' };
}
function span(text: string, phrase: string): { index: number; end: number } {
  const index = text.indexOf(phrase);
  return { index, end: index + phrase.length };
}

describe('pairAppsWithDates', () => {
  it('gives every app every date when they do not alternate', () => {
    const text = 'Facebook, X and YouTube have been blocked since 2009.';
    const pairs = pairAppsWithDates(text, 'en', {
      apps: [app(text, 'Facebook'), app(text, 'X'), app(text, 'YouTube')],
      dates: [date(text, 'since 2009', '2009')],
    });
    expect(pairs).toEqual([{ apps: ['Facebook', 'X', 'YouTube'], position: 0 }]);
  });

  it('pairs alternating apps and dates', () => {
    const text = 'The rules apply to Telegram from Sunday and to Viber from 30 April.';
    const pairs = pairAppsWithDates(text, 'en', {
      apps: [app(text, 'Telegram'), app(text, 'Viber')],
      dates: [date(text, 'from Sunday', '2021-03-14'), date(text, 'from 30 April', '2021-04-30')],
    });
    expect(pairs).toEqual([
      { apps: ['Telegram'], position: 0 },
      { apps: ['Viber'], position: 1 },
    ]);
  });

  it('leaves out the apps of an undated contrastive clause', () => {
    const text = 'While Telegram is finished, Viber can still escape by selling before 30 April.';
    const pairs = pairAppsWithDates(text, 'en', {
      apps: [app(text, 'Telegram'), app(text, 'Viber')],
      dates: [date(text, 'before 30 April', '2021-04-30')],
    });
    expect(pairs).toEqual([{ apps: ['Viber'], position: 0 }]);
  });

  it('leaves out the apps of an undated causal clause', () => {
    const text =
      'A judge halted the Telegram ban on Friday, after another court had stopped the Viber order.';
    const pairs = pairAppsWithDates(text, 'en', {
      apps: [app(text, 'Telegram'), app(text, 'Viber')],
      dates: [{ ...date(text, 'on Friday', '2021-03-12'), role: 'on' }],
    });
    expect(pairs).toEqual([{ apps: ['Telegram'], position: 0 }]);
  });
});
