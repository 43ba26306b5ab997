import { describe, expect, it } from 'vitest';
import { appCategory, appNames, findApps } from './index';

const apps = (text: string): string[] => findApps(text).map((m) => m.app);

describe('findApps', () => {
  it('finds names with positions and categories', () => {
    const text = 'Regulators in Ruritania ordered TikTok and WeChat off the shelves.';
    expect(findApps(text)).toEqual([
      { index: 32, end: 38, text: 'TikTok', app: 'TikTok', category: 'social' },
      { index: 43, end: 49, text: 'WeChat', app: 'WeChat', category: 'messaging' },
    ]);
  });

  it('prefers the longest alias', () => {
    expect(apps('Payments through WeChat Pay stop, while PUBG Mobile Lite stays.')).toEqual([
      'WeChat Pay',
      'PUBG Mobile Lite',
    ]);
    expect(apps('Le Google Play Store et l’App Store retirent l’application.')).toEqual([
      'Google Play',
      'App Store',
    ]);
  });

  it('maps aliases to canonical names', () => {
    expect(apps('Twitter, RedNote, SHAREit, 1xBet, Garena Free Fire, Tik Tok')).toEqual([
      'X',
      'Xiaohongshu',
      'ShareIt',
      '1XBet',
      'Free Fire',
      'TikTok',
    ]);
  });

  it('reads the shop inside TikTok as TikTok', () => {
    expect(apps('Die Regierung verbietet den Verkauf über TikTok Shop.')).toEqual(['TikTok']);
  });

  it('reads a company as its service when the text names the service', () => {
    expect(apps('OpenAI, which runs ChatGPT, has until Friday to reply.')).toEqual([
      'ChatGPT',
      'ChatGPT',
    ]);
    expect(apps('OpenAI opened an office in Dublin.')).toEqual(['OpenAI']);
  });

  it('reads names inside German compounds and genitives', () => {
    const found = findApps(
      'Das TikTok-Verbot trifft auch TikToks Nutzer und die WhatsApp-Gruppen.',
    );
    expect(found.map((m) => m.text)).toEqual(['TikTok', 'TikTok', 'WhatsApp']);
  });

  describe('X', () => {
    it.each([
      ['en', 'Regulators fined the social network X on Monday.'],
      ['en', 'Elon Musk’s X refused to comply.'],
      ['de', 'Der Kurznachrichtendienst X bleibt vorerst gesperrt.'],
      ['fr', 'Le réseau social X n’est plus accessible dans le pays.'],
      ['es', 'El gobierno bloqueó la red social X durante diez días.'],
      ['it', 'La piattaforma X è stata oscurata.'],
      ['pt', 'A rede social X saiu do ar na sexta-feira.'],
      ['nl', 'Het sociale netwerk X is geblokkeerd.'],
    ])('accepts X with a platform cue (%s)', (_lang, text) => {
      expect(apps(text)).toEqual(['X']);
    });

    it('reads "X (formerly Twitter)" as two mentions of X', () => {
      expect(
        findApps('The company behind X (formerly Twitter) appealed.').map((m) => m.text),
      ).toEqual(['X', 'Twitter']);
    });

    it.each([
      ['en', 'The minister posted on X that the decision was final.'],
      ['fr', 'Le ministre a écrit sur X que la décision était définitive.'],
      ['pt', 'O X voltou a funcionar na terça-feira.'],
      ['es', 'Los usuarios del X protestaron.'],
      ['de', 'Der X-Chef kündigte Widerstand an.'],
    ])('accepts X after a posting verb, an article or before a role (%s)', (_lang, text) => {
      expect(apps(text)).toEqual(['X']);
    });

    it('accepts a bare X in a list of apps or when Twitter is named elsewhere', () => {
      expect(apps('Access to Facebook, X and YouTube was cut.')).toEqual([
        'Facebook',
        'X',
        'YouTube',
      ]);
      expect(apps('Twitter was renamed last year. Since then X has lost users.')).toEqual([
        'X',
        'X',
      ]);
    });

    it.each([
      'The X-ray showed nothing unusual.',
      'Malcolm X gave a speech in 1964.',
      'Article X of the treaty applies.',
      'Der Tag X rückt näher.',
      'Le facteur X reste inconnu.',
      'La generación X creció sin internet.',
      'Il secolo X fu difficile.',
      'O modelo X custa caro.',
      'Project X starts in Twitter’s old office.',
      'El X Congreso Nacional se celebró en marzo.',
      'The X-shaped sign and the letters W X Y Z.',
    ])('rejects X as a letter: %s', (text) => {
      expect(apps(text).filter((app) => app === 'X' && !text.includes('Twitter'))).toEqual([]);
    });

    it('keeps Twitter but not the letter in "Project X ... Twitter"', () => {
      expect(findApps('Project X starts in Twitter’s old office.').map((m) => m.text)).toEqual([
        'Twitter',
      ]);
    });
  });

  describe('names that are ordinary words', () => {
    it.each([
      'The signal was clear.',
      'In line with the rules, nothing changed.',
      'Zoom in on the details before you decide.',
      'The Session of parliament opened on Monday.',
      'The Gemini constellation is visible in winter.',
      'Claude Monet painted water lilies.',
      'Threads of the old carpet came loose.',
      'Das ist ein Signal an die Regierung.',
      'Das Tor fiel in der letzten Minute.',
      'Die Zelle teilt sich.',
      'Le Copilot de l’avion a pris la parole.',
      'Imo State held elections.',
      'Koo Ja-cheol scored twice.',
      'Line 5 of the metro is closed.',
      'Teams from both ministries met.',
      'Max Verstappen won again.',
      'Among us, few agreed; a twitch of the eye said enough.',
      'Le chat dort sur le canapé.',
      'Lo eligieron al azar entre los candidatos.',
      'Claude Debussy compose per pianoforte.',
      'O Tor do castelo ficou fechado.',
      'Hij gaf geen kik toen het signaal kwam.',
      'Gab es damals schon Streit?',
      'Zoom out to see the whole map.',
    ])('no app in: %s', (text) => {
      expect(apps(text)).toEqual([]);
    });

    it.each([
      ['en', 'Signal is an encrypted messenger used by activists.', 'Signal'],
      ['en', 'Officials used a Signal group chat.', 'Signal'],
      ['de', 'Nutzer wechseln zum Messenger Signal.', 'Signal'],
      ['fr', 'La messagerie chiffrée Signal reste disponible.', 'Signal'],
      ['es', 'Google presentó Gemini, su asistente de IA.', 'Gemini'],
      ['it', 'Anthropic ha lanciato Claude in Europa.', 'Claude'],
      ['pt', 'O navegador Tor permite contornar a censura.', 'Tor'],
      ['nl', 'De app Threads van Meta is nu beschikbaar.', 'Threads'],
      ['en', 'Users flocked to Zoom during the lockdown.', 'Zoom'],
      ['en', 'Japan’s most popular chat app is LINE.', 'LINE'],
    ])('app in context (%s): %s', (_lang, text, app) => {
      expect(apps(text)).toEqual([app]);
    });

    it('confirms a list member next to a confirmed name', () => {
      expect(apps('Downloads of Signal, Threema and Session rose sharply.')).toEqual([
        'Signal',
        'Threema',
        'Session',
      ]);
    });

    it('confirms a later mention from an earlier confirmed one', () => {
      expect(
        apps('The messenger Signal said it would leave. Signal has 40 million users.'),
      ).toEqual(['Signal', 'Signal']);
    });
  });

  it('has categories and at least 150 canonical names', () => {
    const names = appNames();
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(names).size).toBe(names.length);
    expect(appCategory('Telegram')).toBe('messaging');
    expect(appCategory('Roblox')).toBe('games');
    expect(appCategory('ChatGPT')).toBe('ai');
    expect(appCategory('Psiphon')).toBe('vpn');
    expect(appCategory('Alipay')).toBe('payments');
    expect(appCategory('Kaspersky')).toBe('security');
    expect(appCategory('Google Play')).toBe('app-store');
    expect(appCategory('Temu')).toBe('shopping');
    expect(appCategory('Nothing')).toBeNull();
  });
});
