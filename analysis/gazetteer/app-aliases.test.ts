import { describe, expect, it } from 'vitest';
import { findApps } from './apps';
import { APP_TABLE } from './app-data';
import { namesAnyApp } from './app-aliases';

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
