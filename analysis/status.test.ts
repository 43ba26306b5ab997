import { describe, expect, it } from 'vitest';
import type { DateMention } from './dates';
import { isDurationDate, statusesFor } from './status';
import type { Lang, RestrictionStatus } from './types';

function mention(
  sentence: string,
  text: string,
  date: string,
  role: DateMention['role'],
): DateMention {
  const index = sentence.indexOf(text);
  return { index, end: index + text.length, text, date, role };
}

function statuses(
  lang: Lang,
  sentence: string,
  dates: [string, string, DateMention['role']][],
  position = 0,
): RestrictionStatus[] {
  return statusesFor({
    sentence,
    lang,
    dates: dates.map(([text, date, role]) => mention(sentence, text, date, role)),
    position,
    published: '2024-06-12',
  });
}

describe('statusesFor', () => {
  it('reads a decision on a day as announced, a start as effective, an end as deadline', () => {
    expect(
      statuses('en', 'The government banned the app on Monday.', [
        ['on Monday', '2024-06-10', 'on'],
      ]),
    ).toEqual(['announced']);
    expect(
      statuses('en', 'The ban applies from July 1.', [['from July 1', '2024-07-01', 'from']]),
    ).toEqual(['effective']);
    expect(
      statuses('en', 'Staff must delete the app until July 1.', [
        ['until July 1', '2024-07-01', 'until'],
      ]),
    ).toEqual(['deadline']);
  });

  it('reads access blocked on a day as effective, and immediate effect as both', () => {
    expect(
      statuses('de', 'Der Dienst wurde am Montag gesperrt.', [['am Montag', '2024-06-10', 'on']]),
    ).toEqual(['effective']);
    expect(
      statuses('en', 'Britain banned the app with immediate effect on Monday.', [
        ['on Monday', '2024-06-10', 'on'],
      ]),
    ).toEqual(['announced', 'effective']);
  });

  it('dates an order to block as announced, not as the blocking itself', () => {
    expect(
      statuses(
        'en',
        'The block was ordered on Friday, when the ministry told carriers to cut it off.',
        [['on Friday', '2024-06-07', 'on']],
      ),
    ).toEqual(['announced']);
    expect(
      statuses('de', 'Die Behörde hatte die Sperre am 3. Mai angekündigt.', [
        ['am 3. Mai', '2024-05-03', 'on'],
      ]),
    ).toEqual(['announced']);
    expect(
      statuses('es', 'El ministro ordenó el 2 de mayo bloquear la aplicación.', [
        ['el 2 de mayo', '2024-05-02', 'on'],
      ]),
    ).toEqual(['announced']);
  });

  it('gives a blocking word to the date of its own clause when a sentence has several', () => {
    const sentence =
      'De dienst is sinds 5 mei geblokkeerd, nadat de regering hem op 4 mei had geschorst.';
    const dates: [string, string, DateMention['role']][] = [
      ['sinds 5 mei', '2024-05-05', 'from'],
      ['op 4 mei', '2024-05-04', 'on'],
    ];
    expect(statuses('nl', sentence, dates, 0)).toEqual(['effective']);
    expect(statuses('nl', sentence, dates, 1)).toEqual(['announced']);
  });

  it('reads a negated end ("not until") as the start', () => {
    expect(
      statuses('en', 'The hosting ban will not apply to the app until July 1.', [
        ['until July 1', '2024-07-01', 'until'],
      ]),
    ).toEqual(['effective']);
  });

  it('reads an order to block by a past day as a deadline, a block by then as in force', () => {
    expect(
      statuses('de', 'Die Behörde hatte die Anbieter angewiesen, die App bis Montag zu sperren.', [
        ['bis Montag', '2024-06-10', 'until'],
      ]),
    ).toEqual(['deadline']);
    expect(
      statuses('en', 'The app was unreachable for most users by Monday evening.', [
        ['by Monday', '2024-06-10', 'until'],
      ]),
    ).toEqual(['effective']);
  });

  it('reads a court stopping a measure as blocked', () => {
    expect(
      statuses('en', 'A federal judge on Tuesday blocked the ban.', [
        ['on Tuesday', '2024-06-11', 'on'],
      ]),
    ).toEqual(['blocked']);
    expect(
      statuses('en', 'The regulator blocked the app on Tuesday, after a court ordered it.', [
        ['on Tuesday', '2024-06-11', 'on'],
      ]),
    ).toEqual(['effective']);
  });

  it('reads lifting and postponing', () => {
    expect(
      statuses('fr', "Le gouvernement a levé l'interdiction mardi.", [
        ['mardi', '2024-06-11', 'on'],
      ]),
    ).toEqual(['lifted']);
    const sentence = 'The ministry on Monday postponed the ban to July 1.';
    const dates: [string, string, DateMention['role']][] = [
      ['on Monday', '2024-06-10', 'on'],
      ['July 1', '2024-07-01', 'on'],
    ];
    expect(statuses('en', sentence, dates, 0)).toEqual(['delayed']);
    expect(statuses('en', sentence, dates, 1)).toEqual(['effective']);
  });

  it('reads the end of a past range as lifted', () => {
    const sentence = 'Wikipedia war von April 2017 bis Dezember 2019 gesperrt.';
    const dates: [string, string, DateMention['role']][] = [
      ['von April 2017', '2017-04', 'from'],
      ['bis Dezember 2019', '2019-12', 'until'],
    ];
    expect(statuses('de', sentence, dates, 0)).toEqual(['effective']);
    expect(statuses('de', sentence, dates, 1)).toEqual(['lifted']);
  });
});

describe('isDurationDate', () => {
  it('tells computed time limits from starts', () => {
    expect(
      isDurationDate({ index: 0, end: 7, text: '90 days', date: '2024-09-10', role: 'on' }),
    ).toBe(true);
    expect(
      isDurationDate({
        index: 0,
        end: 13,
        text: 'after 45 days',
        date: '2024-07-27',
        role: 'from',
      }),
    ).toBe(false);
    expect(
      isDurationDate({ index: 0, end: 6, text: 'Sunday', date: '2024-06-16', role: 'on' }),
    ).toBe(false);
    expect(
      isDurationDate({
        index: 0,
        end: 13,
        text: 'the day after',
        date: '2024-06-16',
        role: 'on',
        relative: true,
      }),
    ).toBe(false);
  });
});
