import { describe, expect, it } from 'vitest';
import { inflectAdjective } from './inflect';

describe('inflectAdjective', () => {
  it.each([
    ['en', 'Korean', ['Korean', 'Koreans']],
    [
      'de',
      'Französisch',
      [
        'französisch',
        'französische',
        'französischen',
        'französischer',
        'französisches',
        'französischem',
      ],
    ],
    ['fr', 'chinois', ['chinois', 'chinoise', 'chinoises']],
    ['fr', 'ukrainien', ['ukrainien', 'ukrainienne', 'ukrainiens', 'ukrainiennes']],
    ['fr', 'russe', ['russe', 'russes']],
    ['fr', 'allemand', ['allemand', 'allemande', 'allemands', 'allemandes']],
    ['es', 'ruso', ['ruso', 'rusa', 'rusos', 'rusas']],
    ['es', 'japonés', ['japonés', 'japonesa', 'japoneses', 'japonesas']],
    ['es', 'alemán', ['alemán', 'alemana', 'alemanes', 'alemanas']],
    ['es', 'español', ['español', 'española', 'españolas', 'españoles', 'españóis']],
    ['pt', 'espanhol', ['espanhol', 'espanhola', 'espanholas', 'espanholes', 'espanhóis']],
    ['it', 'tedesco', ['tedesco', 'tedesca', 'tedeschi', 'tedesche', 'tedesci', 'tedesce']],
    ['it', 'cinese', ['cinese', 'cinesi']],
    ['pt', 'alemão', ['alemão', 'alemã', 'alemães', 'alemãs', 'alemões']],
    ['pt', 'chinês', ['chinês', 'chinesa', 'chineses', 'chinesas']],
    ['nl', 'Chinees', ['Chinees', 'Chinese']],
    ['nl', 'Duits', ['Duits', 'Duitse']],
  ] as const)('%s %s', (lang, base, forms) => {
    expect(inflectAdjective(lang, base)).toEqual(forms);
  });
});
