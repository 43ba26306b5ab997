import { describe, expect, it } from 'vitest';
import { APP_TABLE } from './app-data';
import { findApps } from './apps';
import { gateNamesOf, namesAnyApp } from './gate-names';
import { GATE_NAMES } from './gate-names.generated';

describe('the gate’s name lists', () => {
  it('match the app table (after editing app-data.ts, run npm run gen:gate-names)', () => {
    expect(GATE_NAMES).toEqual(gateNamesOf(APP_TABLE));
  });

  it('sort every name of two letters or more into exactly one list', () => {
    const { lowerNames, exactNames } = gateNamesOf({
      test: 'TikTok|Tik Tok;=Telegram;?X;Disney+;微信',
    });
    expect(lowerNames).toEqual(['tiktok', 'tik tok', 'disney+', '微信']);
    expect(exactNames).toEqual(['Telegram']);
  });
});

describe('namesAnyApp (the gate’s prefilter)', () => {
  it('finds distinctive names in any case, also in the German genitive', () => {
    expect(namesAnyApp('Regulators move against tiktok')).toBe(true);
    expect(namesAnyApp('Die Zukunft von TikToks Mutterkonzern')).toBe(true);
    expect(namesAnyApp('Little Red Book is popular')).toBe(true);
    expect(namesAnyApp('Streaming on Disney+ grew')).toBe(true);
    expect(namesAnyApp('Log in at imo.im today')).toBe(true);
  });

  it('needs the exact case for names that are ordinary words', () => {
    expect(namesAnyApp('The regulator blocked Telegram')).toBe(true);
    expect(namesAnyApp('He sent a telegram to the ministry')).toBe(false);
    expect(namesAnyApp('Stand in line at the border')).toBe(false);
  });

  it('lets a name next to letters without case through (findApps decides)', () => {
    expect(namesAnyApp('用户可以使用微信支付')).toBe(true);
  });

  it('ignores names inside longer words and one-letter names', () => {
    expect(namesAnyApp('The Instagrammer posted nothing')).toBe(false);
    expect(namesAnyApp('Shares of X fell')).toBe(false);
  });

  it('never drops a text in which findApps finds a name of two letters or more', () => {
    const texts = [
      'Nigeria suspended Twitter indefinitely.',
      'Italy’s regulator blocked ChatGPT over privacy concerns.',
      'India banned 59 Chinese apps including TikTok, WeChat and UC Browser.',
      'Russia blocked LinkedIn in 2016.',
      'Die Zukunft von TikToks Mutterkonzern bleibt offen.',
      'Le réseau social VKontakte (ВКонтакте) est bloqué.',
      'Les utilisateurs de Tik-Tok et de Little Red Book protestent.',
    ];
    for (const text of texts) {
      expect(findApps(text).length).toBeGreaterThan(0);
      expect(namesAnyApp(text)).toBe(true);
    }
  });

  it('finds every name of the table, written as the table writes it', () => {
    const forms = Object.values(APP_TABLE)
      .join(';')
      .split(/[;|]/)
      .map((alias) => alias.replace(/^[=~?]/, ''))
      .filter((form) => form.length >= 2);
    expect(forms.length).toBeGreaterThan(300);
    const missed = forms.filter((form) => !namesAnyApp(`Regulators moved against ${form} today.`));
    expect(missed).toEqual([]);
  });
});
