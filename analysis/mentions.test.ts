import { describe, expect, it } from 'vitest';
import { findApps, findJurisdictions } from './gazetteer';
import { sentenceJurisdictions, targetApps } from './mentions';
import type { Lang } from './types';

const apps = (text: string, lang: Lang = 'en'): string[] =>
  targetApps(findApps(text), text, lang).map((m) => m.app);
const places = (text: string, lang: Lang = 'en'): string[] =>
  sentenceJurisdictions(findJurisdictions(text, lang), text, lang);

describe('targetApps', () => {
  it('treats an app store as the venue of a restriction', () => {
    expect(
      apps('Updates for Telegram may no longer be shipped through the Google Play Store.'),
    ).toEqual(['Telegram']);
  });

  it('keeps an app store listed with other restricted apps', () => {
    expect(apps('Iran lifted its block on WhatsApp and Google Play.')).toEqual([
      'WhatsApp',
      'Google Play',
    ]);
  });

  it('drops the platform someone spoke on', () => {
    expect(apps('The president announced on Truth Social that TikTok gets more time.')).toEqual([
      'TikTok',
    ]);
  });
});

describe('sentenceJurisdictions', () => {
  it('takes the acting country, not the one apps come from', () => {
    expect(places('India banned 59 apps with links to China on Monday.')).toEqual(['IN']);
  });

  it('keeps listed countries together', () => {
    expect(places('Belgium and the United Kingdom banned the app on government phones.')).toEqual([
      'BE',
      'GB',
    ]);
  });

  it('ignores the seat of a court', () => {
    expect(places('A federal judge in Pennsylvania blocked the US restrictions.')).toEqual(['US']);
  });

  it('reads an adjective that qualifies a government', () => {
    expect(places('De Vlaamse regering verbiedt TikTok op werktoestellen.', 'nl')).toEqual([
      'BE-VLG',
    ]);
    expect(places('Chinese apps were banned in the country.')).toEqual([]);
  });
});
