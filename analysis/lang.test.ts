import { describe, expect, it } from 'vitest';
import { detectLang, guessLangFromText, langFromTag } from './lang';

describe('langFromTag', () => {
  it('reads the base language of a tag', () => {
    expect(langFromTag('de-DE')).toBe('de');
    expect(langFromTag('pt_BR')).toBe('pt');
    expect(langFromTag('EN')).toBe('en');
  });
  it('returns null for unsupported or missing tags', () => {
    expect(langFromTag('ja')).toBeNull();
    expect(langFromTag(null)).toBeNull();
  });
});

describe('guessLangFromText', () => {
  const samples: [string, string][] = [
    [
      'en',
      'The regulator said on Monday that the app was blocked and that the decision is final for now.',
    ],
    [
      'de',
      'Die Behörde hat die App am Montag gesperrt, und das ist auch nicht das erste Mal für den Dienst.',
    ],
    [
      'fr',
      'Le régulateur a bloqué la plateforme lundi et les utilisateurs ne peuvent pas se connecter pour le moment.',
    ],
    [
      'es',
      'El regulador bloqueó la aplicación el lunes y los usuarios no pueden acceder a la red social por ahora.',
    ],
    [
      'it',
      "Il Garante ha bloccato l'app lunedì e gli utenti non sono più in grado di accedere al servizio per ora.",
    ],
    [
      'pt',
      'O regulador bloqueou o aplicativo na segunda-feira e os usuários não conseguem acessar a rede para já.',
    ],
    [
      'nl',
      'De toezichthouder heeft de app maandag geblokkeerd en gebruikers kunnen er voorlopig niet meer bij.',
    ],
  ];
  it.each(samples)('recognises %s', (lang, text) => {
    expect(guessLangFromText(text)).toBe(lang);
  });
  it('gives up on text without enough function words', () => {
    expect(guessLangFromText('TikTok WeChat 2020')).toBeNull();
  });
});

describe('detectLang', () => {
  it('prefers the declared language', () => {
    expect(
      detectLang('fr', 'The app was banned in the country and the users were upset about it.'),
    ).toBe('fr');
  });
  it('falls back to the text', () => {
    expect(
      detectLang(
        null,
        'Die Regierung hat die App verboten, und die Nutzer sind nicht froh darüber.',
      ),
    ).toBe('de');
  });
});
