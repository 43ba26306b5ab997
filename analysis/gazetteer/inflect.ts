import type { Lang } from '../types';

/**
 * The forms of a nationality adjective from its masculine singular, as `Intl.DisplayNames`
 * gives it for a language name ("chinois", "chino", "cinese", "chinês", "Chinees"): gender and
 * number endings by the rules of each language. A rule may also produce a form that no language
 * uses ("grece"); such a form never occurs in text, so it costs nothing.
 */
export function inflectAdjective(lang: Lang, base: string): string[] {
  const stem = (n: number): string => base.slice(0, -n);
  const withEndings = (root: string, endings: string[]): string[] => endings.map((e) => root + e);
  switch (lang) {
    case 'en':
      return [base, `${base}s`];
    case 'de':
      return withEndings(base.toLowerCase(), ['', 'e', 'en', 'er', 'es', 'em']);
    case 'fr':
      if (base.endsWith('e')) return [base, `${base}s`];
      if (/(?:ien|éen|on)$/.test(base)) return withEndings(base, ['', 'ne', 's', 'nes']);
      return withEndings(base, base.endsWith('s') ? ['', 'e', 'es'] : ['', 'e', 's', 'es']);
    case 'es':
    case 'pt':
      if (base.endsWith('ão')) return [base, ...withEndings(stem(2), ['ã', 'ães', 'ãs', 'ões'])];
      if (base.endsWith('o')) return withEndings(stem(1), ['o', 'a', 'os', 'as']);
      if (/[éê]s$/.test(base)) return [base, ...withEndings(stem(2), ['esa', 'eses', 'esas'])];
      if (/[áó]n$/.test(base)) {
        const vowel = base.at(-2) === 'á' ? 'a' : 'o';
        return [base, ...withEndings(stem(2) + vowel, ['na', 'nes', 'nas'])];
      }
      if (base.endsWith('ol')) return [base, `${base}a`, `${base}as`, `${base}es`, `${stem(2)}óis`];
      if (/[íeaz]$/.test(base)) return [base, `${base}s`, `${base}es`];
      return [base, `${base}s`];
    case 'it':
      if (/[cg]o$/.test(base)) return withEndings(stem(1), ['o', 'a', 'hi', 'he', 'i', 'e']);
      if (base.endsWith('o')) return withEndings(stem(1), ['o', 'a', 'i', 'e']);
      if (base.endsWith('e')) return withEndings(stem(1), ['e', 'i']);
      return [base];
    case 'nl':
      return base.endsWith('ees') ? [base, `${stem(3)}ese`] : [base, `${base}e`];
  }
}
