import { describe, expect, it } from 'vitest';
import { extractDrafts, finalizeEvents } from './extract';
import { splitParagraphs } from './sentences';
import type { Lang, RestrictionEvent } from './types';

function extract(
  lang: Lang,
  published: string,
  title: string,
  paragraphs: string[],
): RestrictionEvent[] {
  const sentences = splitParagraphs(paragraphs);
  const reference = new Date(`${published}T12:00:00Z`);
  const { drafts, articleKind, titleApps } = extractDrafts(
    { paragraphs, sentences, title, lang, reference },
    published,
  );
  return finalizeEvents(drafts, articleKind, titleApps);
}

const points = (events: RestrictionEvent[]): string[] =>
  [
    ...new Set(events.map((e) => `${e.app}|${e.jurisdiction}|${e.date}|${e.kind}|${e.status}`)),
  ].sort();

describe('extractDrafts', () => {
  it('gives several apps in one sentence the same date', () => {
    const events = extract('en', '2022-05-04', 'Regulator blocks three messaging apps', [
      "Kazakhstan's telecoms regulator blocked Telegram, Signal and Viber on Tuesday, citing national security.",
    ]);
    expect(points(events)).toEqual([
      'Signal|KZ|2022-05-03|ban|effective',
      'Telegram|KZ|2022-05-03|ban|effective',
      'Viber|KZ|2022-05-03|ban|effective',
    ]);
  });

  it('pairs alternating apps and dates, and reads deadlines', () => {
    const events = extract('en', '2022-05-04', 'Two apps face new limits', [
      "India's IT ministry barred hosting services for Snapchat from June 1 and for Pinterest from July 15.",
      'Pinterest has until July 15 to find a local buyer.',
    ]);
    expect(points(events)).toEqual([
      'Pinterest|IN|2022-07-15|divestiture|deadline',
      'Pinterest|IN|2022-07-15|infrastructure|effective',
      'Snapchat|IN|2022-06-01|infrastructure|effective',
    ]);
  });

  it('gives a sentence naming no kind the kind the article states for that app and place', () => {
    const events = extract('en', '2025-04-05', 'Deadline for TikTok extended again', [
      'A law forces ByteDance to sell TikTok in the United States by January 19.',
      'On Friday the president extended that deadline to June 19.',
    ]);
    expect(points(events)).toEqual([
      'TikTok|US|2025-01-19|divestiture|deadline',
      'TikTok|US|2025-04-04|divestiture|delayed',
      'TikTok|US|2025-06-19|divestiture|deadline',
    ]);
  });

  it("keeps the headline's kind to the headline's apps", () => {
    const events = extract('en', '2025-08-14', 'Russia restricts voice calls on WhatsApp', [
      'Russia restricted voice calls on WhatsApp on Wednesday.',
      'Instagram has been blocked in Russia since March 2022.',
    ]);
    expect(points(events)).toEqual([
      'Instagram|RU|2022-03|ban|effective',
      'WhatsApp|RU|2025-08-13|partial|announced',
    ]);
  });

  it('gives no restriction date to a background event or to a court upholding a measure', () => {
    const events = extract('nl', '2022-03-14', 'Rusland blokkeert Instagram', [
      'Instagram is sinds maandag geblokkeerd in Rusland.',
      'Sinds de invasie op 24 februari heeft Rusland de toegang tot Instagram beperkt.',
    ]);
    expect(points(events)).toEqual(['Instagram|RU|2022-03-14|ban|effective']);
    const upheld = extract('en', '2025-01-18', 'Court upholds the TikTok law', [
      'The Supreme Court of the United States on Friday upheld the TikTok law.',
      'The ban on TikTok will take effect on Sunday.',
    ]);
    expect(points(upheld)).toEqual(['TikTok|US|2025-01-19|ban|effective']);
  });

  it('reads no restriction into a denied one', () => {
    const events = extract('en', '2022-05-04', 'Kazakhstan orders stores to drop Viber', [
      'Apple and Google had not removed Viber from their stores in Kazakhstan by Tuesday evening.',
      'The telecoms ministry said Viber would not be banned in Kazakhstan on Monday.',
    ]);
    expect(events).toEqual([]);
  });

  it('counts "three days later" and "in June of that year" from the date of the sentence before', () => {
    const events = extract('fr', '2022-05-04', 'Le Kazakhstan bloque Viber', [
      'Un tribunal du Kazakhstan avait ordonné le 13 avril 2018 le blocage de Viber.',
      'Les opérateurs avaient commencé à bloquer le service trois jours plus tard.',
    ]);
    expect(points(events)).toContain('Viber|KZ|2018-04-16|ban|effective');
    const later = extract('pt', '2022-02-15', 'Cazaquistão proíbe Viber', [
      'O Viber foi banido no Cazaquistão em setembro de 2020.',
      'Meses antes, em junho daquele ano, o país havia proibido o Telegram.',
    ]);
    expect(points(later)).toContain('Telegram|KZ|2020-06|ban|announced');
    expect(points(later).some((p) => p.includes('2022'))).toBe(false);
  });

  it('carries the date into a sentence that continues ("Außerdem…") and "beide Apps" to both apps', () => {
    const events = extract('de', '2021-11-03', 'Russland beschränkt Telegram und Viber', [
      'Die russische Regierung hat angeordnet, dass ab dem 15. November Zahlungen über Telegram und Viber untersagt sind.',
      'Außerdem dürfen für beide Apps keine Updates mehr verteilt werden.',
    ]);
    expect(points(events)).toEqual([
      'Telegram|RU|2021-11-15|payments|effective',
      'Telegram|RU|2021-11-15|updates|effective',
      'Viber|RU|2021-11-15|payments|effective',
      'Viber|RU|2021-11-15|updates|effective',
    ]);
  });

  it('ignores background dates (founding, elections, causes)', () => {
    const events = extract('en', '2023-02-10', 'Country blocks TikTok', [
      'Kenya blocked TikTok on Thursday, days after the election of January 29.',
      'TikTok, which was launched in 2016, said it would appeal.',
    ]);
    expect(events.map((e) => e.date)).toEqual(['2023-02-09']);
  });

  it('reads spans and lengths as no dates', () => {
    const events = extract('en', '2023-03-10', 'Belgium bans TikTok on work phones', [
      'Belgium banned TikTok on government phones on Friday for an initial six months.',
      'The law allows a single extension of 90 days.',
    ]);
    expect(points(events)).toEqual(['TikTok|BE|2023-03-10|government-devices|announced']);
  });

  it('ignores restrictions on accounts and content', () => {
    const events = extract('en', '2023-02-10', 'Platform suspends accounts', [
      'On Monday, WhatsApp banned two million accounts in India for spam.',
    ]);
    expect(events).toEqual([]);
  });

  it('reads an app cut off for users as restricted, unlike accounts blocked', () => {
    const events = extract('pt', '2023-04-29', 'Justiça suspende o Viber no Brasil', [
      'O aplicativo Viber estava inacessível para muitos usuários no Brasil desde quarta-feira (26).',
      'Na segunda-feira (24), o Viber bloqueou contas de spam no Brasil.',
    ]);
    expect(points(events)).toEqual(['Viber|BR|2023-04-26|ban|effective']);
  });

  it('reads time given until a day as a deadline, and a service out of reach as blocked', () => {
    const nl = extract('nl', '2023-09-28', 'Indonesië verbiedt verkoop via Viber', [
      'Platforms als Viber krijgen een week de tijd, tot 4 oktober, om zich in Indonesië aan te passen.',
    ]);
    expect(points(nl)).toEqual(['Viber|ID|2023-10-04|partial|deadline']);
    const en = extract('en', '2021-06-06', 'Nigeria suspends Viber', [
      'By Saturday morning, users in Nigeria said they could no longer reach Viber.',
    ]);
    expect(points(en)).toEqual(['Viber|NG|2021-06-05|ban|effective']);
  });

  it('gives a sentence about a counted set of unnamed apps none of the headline apps', () => {
    const events = extract('de', '2020-09-03', 'Indien verbietet Viber', [
      'Indien hat am Mittwoch Viber verboten.',
      'Das Wetter war gut.',
      'Die Regierung sprach von Sicherheit.',
      'Insgesamt hat Indien seit Juni mehr als 200 Anwendungen verboten.',
    ]);
    expect(points(events)).toEqual(['Viber|IN|2020-09-02|ban|announced']);
  });

  it('reads lifted, blocked and delayed measures', () => {
    const events = extract('es', '2020-10-20', 'Pakistán levanta la prohibición de TikTok', [
      'El regulador de Pakistán levantó el lunes la prohibición de TikTok.',
      'Un juez suspendió el 2 de octubre la orden de bloqueo contra Bigo Live en Pakistán.',
      'El Gobierno aplazó el jueves la prohibición de Tinder hasta el 30 de noviembre.',
    ]);
    expect(points(events)).toEqual([
      'Bigo Live|PK|2020-10-02|ban|blocked',
      'TikTok|PK|2020-10-19|ban|lifted',
      'Tinder|PK|2020-10-15|ban|delayed',
      'Tinder|PK|2020-11-30|ban|effective',
    ]);
  });
});
