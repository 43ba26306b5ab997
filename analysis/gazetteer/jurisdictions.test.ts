import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { findJurisdictions, flagEmoji, jurisdictionCountry } from './index';

const found = (text: string, lang: Lang | null): string[] =>
  findJurisdictions(text, lang).map((m) => `${m.text}=${m.code}/${m.via}`);

describe('findJurisdictions', () => {
  it('tells the acting country from the origin adjective', () => {
    expect(findJurisdictions('India bans 43 more Chinese apps.', 'en')).toEqual([
      { index: 0, end: 5, text: 'India', code: 'IN', via: 'name' },
      { index: 19, end: 26, text: 'Chinese', code: 'CN', via: 'adjective' },
    ]);
  });

  it.each([
    [
      'en',
      'The U.S. and the UK disagree; the United States may act.',
      ['U.S=US/name', 'UK=GB/name', 'United States=US/name'],
    ],
    [
      'de',
      'Die US-amerikanische Regierung und die chinesischen Behörden in den Vereinigten Staaten.',
      ['US-amerikanische=US/adjective', 'chinesischen=CN/adjective', 'Vereinigten Staaten=US/name'],
    ],
    [
      'fr',
      'Les États-Unis visent les applications chinoises, selon la Chine.',
      ['États-Unis=US/name', 'chinoises=CN/adjective', 'Chine=CN/name'],
    ],
    [
      'es',
      'EE.UU. y Estados Unidos frente a la empresa china y al gobierno chino.',
      ['EE.UU=US/name', 'Estados Unidos=US/name', 'china=CN/adjective', 'chino=CN/adjective'],
    ],
    [
      'it',
      'Gli Stati Uniti e le app cinesi; il governo italiano.',
      ['Stati Uniti=US/name', 'cinesi=CN/adjective', 'italiano=IT/adjective'],
    ],
    [
      'pt',
      'Os EUA e a empresa chinesa; o governo brasileiro.',
      ['EUA=US/name', 'chinesa=CN/adjective', 'brasileiro=BR/adjective'],
    ],
    [
      'nl',
      'De VS en de Chinese app; de Vlaamse regering.',
      ['VS=US/name', 'Chinese=CN/adjective', 'Vlaamse=BE-VLG/adjective'],
    ],
  ] as const)('names and adjectives (%s)', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it.each([
    [
      'de',
      'Die türkischen Behörden und die Türken',
      ['türkischen=TR/adjective', 'Türken=TR/adjective'],
    ],
    [
      'fr',
      'Selon les Turcs, la ministre ukrainienne a parlé.',
      ['Turcs=TR/adjective', 'ukrainienne=UA/adjective'],
    ],
    [
      'es',
      'Las autoridades japonesas y el regulador surcoreano.',
      ['japonesas=JP/adjective', 'surcoreano=KR/adjective'],
    ],
    [
      'it',
      'Le autorità tedesche e i tribunali greci.',
      ['tedesche=DE/adjective', 'greci=GR/adjective'],
    ],
    [
      'pt',
      'As autoridades alemãs e o governo sueco.',
      ['alemãs=DE/adjective', 'sueco=SE/adjective'],
    ],
    [
      'nl',
      'De Poolse regering en Deense bedrijven.',
      ['Poolse=PL/adjective', 'Deense=DK/adjective'],
    ],
  ] as const)('inflected adjectives from language names (%s)', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it('reads subdivisions, the longest name winning', () => {
    expect(found('Montana, New Mexico and British Columbia acted; Mexico did not.', 'en')).toEqual([
      'Montana=US-MT/subdivision',
      'New Mexico=US-NM/subdivision',
      'British Columbia=CA-BC/subdivision',
      'Mexico=MX/name',
    ]);
    expect(found('Der Bundesstaat Kalifornien und Neu-Delhi.', 'de')).toEqual([
      'Kalifornien=US-CA/subdivision',
      'Neu-Delhi=IN/capital',
    ]);
  });

  it('reads the EU, its institutions and Brussels', () => {
    expect(
      found('La Commission européenne et Bruxelles; l’UE et le Parlement européen.', 'fr'),
    ).toEqual([
      'Commission européenne=EU/authority',
      'Bruxelles=EU/capital',
      'UE=EU/name',
      'Parlement européen=EU/authority',
    ]);
    expect(found('Die EU-Kommission prüft den Fall.', 'de')).toEqual([
      'EU-Kommission=EU/authority',
    ]);
  });

  it.each([
    ['it', 'Il Garante ha bloccato il servizio.', ['Garante=IT/authority']],
    [
      'en',
      'Roskomnadzor and the FCC; Ofcom and the eSafety Commissioner.',
      [
        'Roskomnadzor=RU/authority',
        'FCC=US/authority',
        'Ofcom=GB/authority',
        'eSafety Commissioner=AU/authority',
      ],
    ],
    ['pt', 'O STF mandou a Anatel agir.', ['STF=BR/authority', 'Anatel=BR/authority']],
    ['fr', 'La CNIL a saisi le Kremlin.', ['CNIL=FR/authority', 'Kremlin=RU/capital']],
  ] as const)('authorities (%s)', (lang, text, expected) => {
    expect(found(text, lang)).toEqual(expected);
  });

  it('counts "Supreme Court" only when its country is named', () => {
    expect(found('The Supreme Court heard the case.', 'en')).toEqual([]);
    expect(found('In the US, the Supreme Court heard the case.', 'en')).toEqual([
      'US=US/name',
      'Supreme Court=US/authority',
    ]);
  });

  it('gives a shared authority to the country the text names most', () => {
    expect(
      found('India’s Supreme Court upheld the ban; India had cited a US report.', 'en'),
    ).toEqual(['India=IN/name', 'Supreme Court=IN/authority', 'India=IN/name', 'US=US/name']);
    expect(found('O Congresso aprovou a lei, disse o governo do Brasil.', 'pt')).toEqual([
      'Congresso=BR/authority',
      'Brasil=BR/name',
    ]);
  });

  it.each([
    ['en', 'The Washington Post and the South China Morning Post reported it.'],
    ['en', 'Michael Jordan visited Latin America.'],
    ['en', 'Let us talk about it; turkey for dinner.'],
    ['fr', 'Selon l’Agence France-Presse, François Hollande a parlé.'],
    ['nl', 'Frans Timmermans sprak in Brussel.'],
    ['es', 'Un chile picante en la Franja.'],
    ['en', 'Tor vs VPN, compared.'],
  ] as const)('no stray place in: %s', (lang, text) => {
    expect(found(text, lang).filter((m) => !m.includes('Brussel'))).toEqual([]);
  });

  it('reads a name used for a person as the person throughout the text', () => {
    expect(found('Prime Minister Anthony Albanese spoke. Albanese said more.', 'en')).toEqual([]);
    expect(found('Luís Montenegro venceu. O governo de Montenegro caiu.', 'pt')).toEqual([]);
    expect(found('Il governo albanese ha deciso.', 'it')).toEqual(['albanese=AL/adjective']);
  });

  it('takes a capitalised lower-case adjective only where position explains the capital', () => {
    expect(found('The film by Joe Russo opens today.', 'en')).toEqual([]);
    expect(found('Russo è il governo che ha deciso.', 'it')).toEqual(['Russo=RU/adjective']);
    expect(found('IL GOVERNO RUSSO DECIDE', 'it')).toEqual(['RUSSO=RU/adjective']);
  });

  it('keeps Dutch-only adjectives out of English texts', () => {
    expect(found('Pools and Fins were closed.', 'en')).toEqual([]);
    expect(found('De Poolse en Finse regering.', 'nl')).toEqual([
      'Poolse=PL/adjective',
      'Finse=FI/adjective',
    ]);
  });

  it('keeps Dutch "VS" for Dutch texts', () => {
    expect(found('VS', 'en')).toEqual([]);
    expect(found('VS', 'nl')).toEqual(['VS=US/name']);
  });

  it('resolves "Georgia" by the other places in the text', () => {
    expect(found('Georgia joined Montana in banning the app.', 'en')).toEqual([
      'Georgia=US-GA/subdivision',
      'Montana=US-MT/subdivision',
    ]);
    expect(found('Georgia and Armenia border Turkey.', 'en')).toEqual([
      'Georgia=GE/name',
      'Armenia=AM/name',
      'Turkey=TR/name',
    ]);
  });

  it('finds country names of every language through Intl', () => {
    expect(
      found('Nieuw-Caledonië, Nouvelle-Calédonie, Neukaledonien', null).map((m) => m.split('=')[1]),
    ).toEqual(['NC/name', 'NC/name', 'NC/name']);
  });
});

describe('flagEmoji and jurisdictionCountry', () => {
  it('has a flag for every code the tables use', () => {
    const text = 'Kenya, Nepal, Montana, Flanders, the European Commission and Hong Kong.';
    for (const { code } of findJurisdictions(text, 'en')) {
      expect(code).toMatch(/^(?:[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$/);
      expect(flagEmoji(code)).not.toBe('');
    }
  });

  it('builds flags from regional indicators', () => {
    expect(flagEmoji('US')).toBe('🇺🇸');
    expect(flagEmoji('EU')).toBe('🇪🇺');
    expect(flagEmoji('US-MT')).toBe('🇺🇸');
    expect(flagEmoji('nonsense')).toBe('');
  });

  it('maps subdivisions to their country', () => {
    expect(jurisdictionCountry('US-MT')).toBe('US');
    expect(jurisdictionCountry('BE-VLG')).toBe('BE');
    expect(jurisdictionCountry('EU')).toBe('EU');
  });
});
