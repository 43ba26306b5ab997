import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { type DateMention, findDates } from './index';

/** Friday 18 September 2020, the reference of most examples. */
const FRIDAY = new Date('2020-09-18T00:00:00Z');

function dates(text: string, lang: Lang, reference = FRIDAY): string[] {
  return findDates(text, lang, reference).map((mention) => mention.date);
}

function only(text: string, lang: Lang, reference = FRIDAY): DateMention {
  const mentions = findDates(text, lang, reference);
  expect(mentions).toHaveLength(1);
  return mentions[0] as DateMention;
}

describe('findDates: positions and roles', () => {
  it('includes a role preposition in the phrase and reports offsets into the text', () => {
    const text = 'Der Dienst bleibt bis zum 12. November erreichbar.';
    const mention = only(text, 'de');
    expect(mention).toMatchObject({
      text: 'bis zum 12. November',
      date: '2020-11-12',
      role: 'until',
    });
    expect(text.slice(mention.index, mention.end)).toBe(mention.text);
  });

  it.each<[Lang, string, DateMention['role']]>([
    ['en', 'The rule applies from 1 October 2020.', 'from'],
    ['de', 'Die Regel gilt ab dem 1. Oktober 2020.', 'from'],
    ['fr', 'La règle s’applique dès le 1er octobre 2020.', 'from'],
    ['es', 'La norma se aplica a partir del 1 de octubre de 2020.', 'from'],
    ['it', 'La norma vale a partire dal 1° ottobre 2020.', 'from'],
    ['pt', 'A regra vale a partir de 1º de outubro de 2020.', 'from'],
    ['nl', 'De regel geldt vanaf 1 oktober 2020.', 'from'],
    ['en', 'Owners have until 1 October 2020 to sell.', 'until'],
    ['fr', 'Le groupe a jusqu’au 1er octobre 2020 pour vendre.', 'until'],
    ['es', 'El grupo tiene hasta el 1 de octubre de 2020 para vender.', 'until'],
    ['it', 'Il gruppo deve vendere entro il 1° ottobre 2020.', 'until'],
    ['pt', 'O grupo tem até 1º de outubro de 2020 para vender.', 'until'],
    ['nl', 'De groep heeft tot 1 oktober 2020 om te verkopen.', 'until'],
    ['de', 'Die Behörde entschied am 1. Oktober 2020.', 'on'],
  ])('%s: "%s" has role %s', (lang, text, role) => {
    expect(only(text, lang)).toMatchObject({ date: '2020-10-01', role });
  });

  it('reads German "vom … an" as a start, but not a separable verb\'s "an"', () => {
    expect(only('Zahlungen sind vom 20.09.2020 an verboten.', 'de')).toMatchObject({
      text: 'vom 20.09.2020 an',
      role: 'from',
    });
    expect(only('Die Regierung kündigte am Dienstag an, die App zu sperren.', 'de')).toMatchObject({
      text: 'Dienstag',
      date: '2020-09-15',
      role: 'on',
    });
  });

  it('returns mentions sorted and without overlaps', () => {
    const mentions = findDates(
      'Von April 2017 bis Dezember 2019 war die Seite gesperrt, seit Mittwoch wieder.',
      'de',
      FRIDAY,
    );
    expect(mentions.map(({ text, date, role }) => [text, date, role])).toEqual([
      ['Von April 2017', '2017-04', 'from'],
      ['bis Dezember 2019', '2019-12', 'until'],
      ['seit Mittwoch', '2020-09-16', 'from'],
    ]);
  });
});

describe('findDates: year-less and relative dates', () => {
  it('puts a year-less date in the year nearest to the article', () => {
    expect(dates('Die Frist endet am 3. November.', 'de')).toEqual(['2020-11-03']);
    expect(dates('Le décret date du 28 décembre.', 'fr', new Date('2021-02-10'))).toEqual([
      '2020-12-28',
    ]);
  });

  it('reads a past-tense year-less date in the past even when the next one is nearer', () => {
    expect(dates('The governor signed the bill on May 11.', 'en', new Date('2023-11-29'))).toEqual([
      '2023-05-11',
    ]);
  });

  it('puts a year-less date after "since" in the past, however far back', () => {
    expect(only('Seit dem 20. Oktober ist der Dienst gesperrt.', 'de')).toMatchObject({
      date: '2019-10-20',
      role: 'from',
    });
    expect(dates('El servicio está bloqueado desde diciembre.', 'es')).toEqual(['2019-12']);
  });

  it('reads "kommenden Sonntag" and "nächsten Sonntag" as the coming Sunday', () => {
    for (const text of [
      'Ab kommenden Sonntag ist Schluss.',
      'Am kommenden Sonntag ist Schluss.',
      'Kommenden Sonntag ist Schluss.',
      'Nächsten Sonntag ist Schluss.',
    ]) {
      expect(dates(text, 'de')).toEqual(['2020-09-20']);
    }
  });

  it('reads a start preposition with a weekday as the coming weekday', () => {
    expect(only('From Sunday the store must delist it.', 'en')).toMatchObject({
      date: '2020-09-20',
      role: 'from',
    });
    expect(dates('Dès dimanche, la vente est interdite.', 'fr')).toEqual(['2020-09-20']);
    expect(dates('A partir del domingo queda prohibido.', 'es')).toEqual(['2020-09-20']);
    expect(dates('A partire da domenica è vietato.', 'it')).toEqual(['2020-09-20']);
    expect(dates('Vanaf zondag is het verboden.', 'nl')).toEqual(['2020-09-20']);
  });

  it('reads a bare weekday in a past-tense report as the latest one', () => {
    expect(dates('Die Regierung hat am Mittwoch entschieden.', 'de')).toEqual(['2020-09-16']);
    expect(dates('El regulador lo anunció el jueves.', 'es')).toEqual(['2020-09-17']);
    expect(dates('Il ministero ha deciso venerdì.', 'it')).toEqual(['2020-09-18']);
    expect(dates('O tribunal decidiu na terça-feira.', 'pt')).toEqual(['2020-09-15']);
  });

  it('reads a weekday in a future-tense sentence as the coming one', () => {
    expect(dates('The ban will take effect on Tuesday.', 'en')).toEqual(['2020-09-22']);
    expect(dates('De regel zal op maandag ingaan.', 'nl')).toEqual(['2020-09-21']);
  });

  it('takes today as the reference date', () => {
    expect(only('Hoy entra en vigor la prohibición.', 'es')).toMatchObject({
      date: '2020-09-18',
      role: 'on',
    });
  });
});

describe('findDates: today, yesterday and "ago"', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The regulator confirmed the block yesterday.', '2020-09-17'],
    ['de', 'Ab morgen ist die App gesperrt.', '2020-09-19'],
    ['fr', 'Le réseau est coupé depuis hier.', '2020-09-17'],
    ['es', 'El bloqueo empieza mañana.', '2020-09-19'],
    ['it', 'Il blocco è scattato ieri.', '2020-09-17'],
    ['pt', 'O bloqueio começou ontem.', '2020-09-17'],
    ['nl', 'De blokkade begint morgen.', '2020-09-19'],
  ])('%s: "%s" → %s', (lang, text, date) => {
    expect(dates(text, lang)).toEqual([date]);
  });

  it('does not read a morning as tomorrow', () => {
    expect(dates('Am Morgen war die Seite erreichbar.', 'de')).toEqual([]);
    expect(dates('Por la mañana la web funcionaba.', 'es')).toEqual([]);
  });

  it.each<[Lang, string, string]>([
    ['en', 'The app vanished two weeks ago.', '2020-09-04'],
    ['de', 'Die App verschwand vor zwei Tagen.', '2020-09-16'],
    ['fr', "L'application a disparu il y a trois jours.", '2020-09-15'],
    ['es', 'La aplicación desapareció hace un mes.', '2020-08-18'],
    ['it', "L'app è sparita due giorni fa.", '2020-09-16'],
    ['pt', 'O aplicativo sumiu há dez dias.', '2020-09-08'],
    ['nl', 'De app verdween drie dagen geleden.', '2020-09-15'],
  ])('%s: "%s" → %s', (lang, text, date) => {
    expect(dates(text, lang)).toEqual([date]);
  });
});

describe('findDates: references to an earlier date', () => {
  it('resolves "the same day" and "ab diesem Tag" to the date before', () => {
    expect(
      dates('The order came on March 3. From the same day, stores must remove the app.', 'en'),
    ).toEqual(['2020-03-03', '2020-03-03']);
    const german = findDates(
      'Die Frist endet am 3. November. Ab diesem Tag ist Schluss.',
      'de',
      FRIDAY,
    );
    expect(german.at(-1)).toMatchObject({
      text: 'Ab diesem Tag',
      date: '2020-11-03',
      role: 'from',
    });
  });

  it('counts "three days later" from the date before', () => {
    expect(
      dates('Le décret a été publié le 2 mars. Trois jours plus tard, le site était bloqué.', 'fr'),
    ).toEqual(['2020-03-02', '2020-03-05']);
  });

  it('fixes a year-less date followed by "last year"', () => {
    expect(dates('De dienst was sinds 5 juni vorig jaar geblokkeerd.', 'nl')).toEqual([
      '2019-06-05',
    ]);
    expect(dates('La ley se aprobó el 3 de marzo del año pasado.', 'es')).toEqual(['2019-03-03']);
  });

  it('reads "last year" alone as a year', () => {
    expect(dates('Im vergangenen Jahr wurde die App verboten.', 'de')).toEqual(['2019']);
  });
});

describe('findDates: month and year precision', () => {
  it.each<[Lang, string, string]>([
    ['en', 'The law is due in mid-November.', '2020-11'],
    ['de', 'Das Gesetz kommt Mitte November.', '2020-11'],
    ['fr', 'La loi arrive mi-novembre.', '2020-11'],
    ['es', 'La ley llega a mediados de noviembre.', '2020-11'],
    ['it', 'La legge arriva a metà novembre.', '2020-11'],
    ['pt', 'A lei chega em meados de novembro.', '2020-11'],
    ['nl', 'De wet komt half november.', '2020-11'],
    ['en', 'Agencies must comply by the end of September.', '2020-09'],
    ['de', 'Behörden müssen bis Ende September handeln.', '2020-09'],
    ['fr', 'Les agences doivent agir fin septembre.', '2020-09'],
    ['es', 'Las agencias deben actuar a finales de septiembre.', '2020-09'],
    ['it', 'Le agenzie devono agire a fine settembre.', '2020-09'],
    ['pt', 'As agências devem agir no final de setembro.', '2020-09'],
    ['nl', 'De diensten moeten eind september handelen.', '2020-09'],
  ])('%s: "%s" → %s', (lang, text, date) => {
    expect(dates(text, lang)).toEqual([date]);
  });

  it.each<[Lang, string]>([
    ['en', 'The service was blocked in March 2023.'],
    ['de', 'Der Dienst wurde im März 2023 gesperrt.'],
    ['fr', 'Le service a été bloqué en mars 2023.'],
    ['es', 'El servicio fue bloqueado en marzo de 2023.'],
    ['it', 'Il servizio è stato bloccato nel marzo 2023.'],
    ['pt', 'O serviço foi bloqueado em março de 2023.'],
    ['nl', 'De dienst werd in maart 2023 geblokkeerd.'],
  ])('%s: month and year without a day → YYYY-MM', (lang, text) => {
    expect(dates(text, lang)).toEqual(['2023-03']);
  });

  it.each<[Lang, string]>([
    ['en', 'The app was first blocked in 2019.'],
    ['de', 'Die App wurde im Jahr 2019 erstmals gesperrt.'],
    ['fr', 'L’application a été bloquée en 2019.'],
    ['es', 'La aplicación fue bloqueada en 2019.'],
    ['it', 'L’applicazione è stata bloccata nel 2019.'],
    ['pt', 'O aplicativo foi bloqueado em 2019.'],
    ['nl', 'De app werd in 2019 geblokkeerd.'],
  ])('%s: a year introduced as a date → YYYY', (lang, text) => {
    expect(dates(text, lang)).toEqual(['2019']);
  });

  it('reads a month named after "in" as the nearest such month', () => {
    expect(dates('Parliament passed the law in December.', 'en', new Date('2023-05-20'))).toEqual([
      '2022-12',
    ]);
  });
});

describe('findDates: numeric and ordinal forms', () => {
  it.each<[Lang, string]>([
    ['de', 'Am 18.09.2020 fiel die Entscheidung.'],
    ['fr', 'La décision du 18/09/2020 est publiée.'],
    ['nl', 'Het besluit van 2020-09-18 is openbaar.'],
    ['en', 'The notice dated 9/18/2020 was posted.'],
    ['en', 'The vote is on the 18th of September.'],
  ])('%s: "%s"', (lang, text) => {
    expect(dates(text, lang)).toEqual(['2020-09-18']);
  });

  it.each<[Lang, string]>([
    ['fr', 'La mesure prend effet le 1er juillet 2021.'],
    ['it', 'La misura scatta il 1° luglio 2021.'],
    ['pt', 'A medida começa em 1º de julho de 2021.'],
  ])('%s: ordinal first of the month', (lang, text) => {
    expect(dates(text, lang)).toEqual(['2021-07-01']);
  });

  it('reads a weekday abbreviation followed by a date', () => {
    expect(dates('Termin: Fr., 25.9.2020', 'de')).toEqual(['2020-09-25']);
  });
});

describe('findDates: durations and ranges', () => {
  it('counts days from an anchor date that follows', () => {
    const mentions = findDates('The ban starts 45 days after the order of August 6.', 'en', FRIDAY);
    expect(mentions.map((mention) => mention.date)).toEqual(['2020-09-20', '2020-08-06']);
  });

  it('counts days from the date earlier in the sentence', () => {
    expect(dates('Am 14. August gab das Amt der Firma 90 Tage für den Verkauf.', 'de')).toEqual([
      '2020-08-14',
      '2020-11-12',
    ]);
    expect(dates('Le 6 août, le décret a fixé une interdiction après 45 jours.', 'fr').at(-1)).toBe(
      '2020-09-20',
    );
  });

  it('counts "within" and "in" from the article date when nothing else anchors it', () => {
    expect(only('The company must sell within 45 days.', 'en')).toMatchObject({
      date: '2020-11-02',
      role: 'until',
    });
    expect(dates('La empresa debe vender en un plazo de 30 días.', 'es')).toEqual(['2020-10-18']);
  });

  it('reads "N days/hours to do something" as a deadline', () => {
    expect(only('The platform has 24 hours to comply.', 'en')).toMatchObject({
      date: '2020-09-19',
      role: 'until',
    });
    expect(dates('Am 14. August gab das Amt der Firma 90 Tage Zeit.', 'de')).toEqual([
      '2020-08-14',
      '2020-11-12',
    ]);
  });

  it('does not turn a length into a date', () => {
    expect(dates('On March 10 the ministry banned it for an initial six months.', 'en')).toEqual([
      '2020-03-10',
    ]);
    expect(dates('Am 10. März kam die Sperre, 48 Stunden danach die Klage.', 'de')).toEqual([
      '2020-03-10',
      '2020-03-12',
    ]);
    expect(dates('The outage on March 10 lasted six hours.', 'en')).toEqual(['2020-03-10']);
  });

  it('gives a range with its end', () => {
    expect(only('The site stays dark for ten days from August 8.', 'en')).toMatchObject({
      date: '2020-08-08',
      endDate: '2020-08-18',
    });
    expect(only('Die Seite bleibt für zehn Tage ab dem 8. August gesperrt.', 'de')).toMatchObject({
      date: '2020-08-08',
      endDate: '2020-08-18',
    });
  });
});

describe('findDates: things that are not dates', () => {
  it.each<[Lang, string]>([
    ['en', 'India blocked 59 apps under Section 69A, with 95% of users affected.'],
    ['en', 'Users may march on the capital, the second protest since then.'],
    ['en', 'The meeting is at 5 pm.'],
    ['en', 'Right now the company says nothing.'],
    ['de', 'So sieht es aus, sagt Di Maio, und Mo Farah lief mit.'],
    ['de', 'Die Firma investiert 2.500 Millionen Euro in 300 Rechenzentren.'],
    ['es', 'La empresa facturó 1.800 millones de euros y tiene 2.000 empleados.'],
    ['fr', 'La mission vers Mars coûtera 2020 euros par habitant.'],
  ])('%s: "%s" has no date', (lang, text) => {
    expect(dates(text, lang)).toEqual([]);
  });
});

describe('findDates: corrections on top of chrono-node', () => {
  it('finds a year-less leap day chrono drops', () => {
    expect(dates('Die Sperre begann am 29. Februar.', 'de', new Date('2024-10-05'))).toEqual([
      '2024-02-29',
    ]);
  });

  it('does not count back by a vague amount', () => {
    expect(dates('Vor wenigen Wochen kündigte die Behörde das an.', 'de')).toEqual([]);
  });

  it('keeps a weekday written before the date in the phrase', () => {
    expect(
      only('Seit Montag, dem 20. März, gilt die Regel.', 'de', new Date('2023-03-25')),
    ).toMatchObject({ text: 'Seit Montag, dem 20. März', date: '2023-03-20', role: 'from' });
  });

  it('splits a range chrono merged into its two ends', () => {
    const mentions = findDates('Die Seite war vom 20. bis 22. September gesperrt.', 'de', FRIDAY);
    expect(mentions.map(({ date, role }) => [date, role])).toEqual([
      ['2020-09-20', 'on'],
      ['2020-09-22', 'until'],
    ]);
    expect(
      findDates(
        'De Commissie gaf het personeel vorige week donderdag tot 10 maart om de app te wissen.',
        'nl',
        new Date('2023-03-03'),
      ).at(-1),
    ).toMatchObject({ text: 'tot 10 maart', date: '2023-03-10', role: 'until' });
  });

  it('dates "the day after" right after a date a day earlier', () => {
    expect(
      dates(
        'The ban took effect on March 4, the day after it was announced.',
        'en',
        new Date('2023-03-10'),
      ),
    ).toEqual(['2023-03-04', '2023-03-03']);
    expect(
      dates(
        'O bloqueio vale desde 4 de março, um dia depois da decisão.',
        'pt',
        new Date('2023-03-10'),
      ),
    ).toEqual(['2023-03-04', '2023-03-03']);
    const [, before] = findDates(
      'Le blocage est en vigueur depuis le 4 mars, le lendemain de la décision.',
      'fr',
      new Date('2023-03-10'),
    );
    expect(before).toMatchObject({ date: '2023-03-03', relative: true });
  });

  it('reads "N days from <date> to do something" as the end of the time given', () => {
    const [given] = findDates(
      'The office gave agencies 30 days from May 2 to remove the app.',
      'en',
      new Date('2023-06-10'),
    );
    expect(given).toMatchObject({ date: '2023-06-01', role: 'until' });
    const [after] = findDates('The ban starts 45 days after the order of August 6.', 'en', FRIDAY);
    expect(after).toMatchObject({ date: '2020-09-20', role: 'from' });
  });

  it('reads "in a week" from the article date, and a time before the date as part of it', () => {
    expect(dates('Users may 5 times retry. The ban takes effect in a week.', 'en')).toEqual([
      '2020-09-25',
    ]);
    expect(only('The store must delist it by 11:59 p.m. on Sept. 27.', 'en')).toMatchObject({
      date: '2020-09-27',
      role: 'until',
    });
  });

  it('reads weekday compounds and relative days chrono lacks', () => {
    expect(dates('Am Samstagabend wurde die App gesperrt.', 'de')).toEqual(['2020-09-12']);
    expect(dates('Le site a été bloqué aujourd’hui, et avant-hier.', 'fr')).toEqual([
      '2020-09-18',
      '2020-09-16',
    ]);
    expect(dates('De app verdween eergisteren.', 'nl')).toEqual(['2020-09-16']);
    expect(dates('La app desapareció anteayer.', 'es')).toEqual(['2020-09-16']);
  });
});
