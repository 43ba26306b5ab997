import { describe, expect, it } from 'vitest';
import { cueMatches, hasCue, kindsIn, startsWithCue } from './cues';
import type { Lang } from './types';

describe('restriction cues in every language', () => {
  const sentences: [Lang, string][] = [
    ['en', 'The regulator banned the app on Monday.'],
    ['de', 'Die Behörde hat die App am Montag gesperrt.'],
    ['fr', "Le régulateur a interdit l'application lundi."],
    ['es', 'El regulador prohibió la aplicación el lunes.'],
    ['it', "Il garante ha bloccato l'app lunedì."],
    ['pt', 'O regulador proibiu o aplicativo na segunda-feira.'],
    ['nl', 'De toezichthouder heeft de app maandag verboden.'],
  ];
  it.each(sentences)('%s: finds the restriction', (lang, text) => {
    expect(hasCue(text, lang, 'restrict')).toBe(true);
  });

  it('matches whole words with accents at the edges', () => {
    expect(hasCue('Le blocage a été levé jeudi.', 'fr', 'lift')).toBe(true);
    expect(hasCue('Die Sperre wurde aufgehoben.', 'de', 'lift')).toBe(true);
    expect(hasCue('A suspensão foi derrubada pelo tribunal.', 'pt', 'court')).toBe(true);
  });

  it('does not take a ministry of justice for a court', () => {
    expect(hasCue('Das Justizministerium prüft den Fall.', 'de', 'court')).toBe(false);
  });
});

describe('kind cues', () => {
  it('names the kinds a sentence states', () => {
    expect(
      kindsIn('Payments and updates through the app stores are barred from Sunday.', 'en'),
    ).toEqual(['store-removal', 'updates', 'payments']);
    expect(kindsIn('Das Hosting bei Rechenzentren ist verboten.', 'de')).toEqual([
      'infrastructure',
    ]);
    expect(kindsIn('Het verbod geldt op werktelefoons van ambtenaren.', 'nl')).toEqual([
      'government-devices',
    ]);
    expect(kindsIn('La ley prohíbe a los menores de 16 años tener cuentas.', 'es')).toEqual([
      'minors',
    ]);
    expect(kindsIn('ByteDance must sell its business or face a ban.', 'en')).toEqual([
      'divestiture',
    ]);
  });

  it('uses English loanwords in other languages', () => {
    expect(kindsIn('Keine Updates mehr für die App.', 'de')).toContain('updates');
  });
});

describe('cue helpers', () => {
  it('finds every match with its span', () => {
    expect(cueMatches('Blocked, then blocked again.', 'en', 'block')).toEqual([
      [0, 5],
      [14, 19],
    ]);
  });

  it('knows whether a sentence opens with a cue', () => {
    expect(startsWithCue('Außerdem gilt das Verbot.', 'de', 'continuation')).toBe(true);
    expect(startsWithCue('Die Regierung will das auch prüfen.', 'de', 'continuation')).toBe(false);
  });
});
