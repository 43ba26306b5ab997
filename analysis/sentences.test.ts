import { describe, expect, it } from 'vitest';
import { PARAGRAPH_GAP, splitParagraphs, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(
      splitSentences('The ban starts today. Users are upset! Will it last? Nobody knows.'),
    ).toEqual(['The ban starts today.', 'Users are upset!', 'Will it last?', 'Nobody knows.']);
  });

  it('keeps German ordinals before a month inside the sentence', () => {
    expect(splitSentences('Das Verbot gilt ab dem 3. März. Danach ist Schluss.')).toEqual([
      'Das Verbot gilt ab dem 3. März.',
      'Danach ist Schluss.',
    ]);
  });

  it('does not split after abbreviations and initials', () => {
    expect(
      splitSentences('Starting Sept. 4 the U.S. Commerce Dept. bars the app. Gov. Smith agreed.'),
    ).toEqual(['Starting Sept. 4 the U.S. Commerce Dept. bars the app.', 'Gov. Smith agreed.']);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(splitSentences('He said: "It is over." Then he left.')).toEqual([
      'He said: "It is over."',
      'Then he left.',
    ]);
  });
});

describe('splitParagraphs', () => {
  it('gives each sentence its paragraph and its offset in the joined text', () => {
    const paragraphs = ['First one. Second one.', 'Third one.'];
    const joined = paragraphs.join(PARAGRAPH_GAP);
    const sentences = splitParagraphs(paragraphs);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(joined.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});
