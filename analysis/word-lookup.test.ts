import { describe, expect, it } from 'vitest';
import { containsListedWord, isAsciiLetterOrDigit, wordList } from './word-lookup';

const has = (words: string[], text: string): boolean =>
  containsListedWord(text.toLowerCase(), wordList(words));

describe('containsListedWord', () => {
  it('finds whole words only where the list says so', () => {
    expect(has(['ban'], 'Country to ban the app')).toBe(true);
    expect(has(['ban'], 'A banana republic')).toBe(false);
    expect(has(['ban*'], 'A banana republic')).toBe(true);
  });

  it('finds words at ASCII word boundaries, as \\b does', () => {
    expect(has(['verbot*'], 'Das TikTok-Verbot kommt')).toBe(true);
    expect(has(['verbot*'], 'Ein Nutzungsverbot kommt')).toBe(false);
    expect(has(['ban'], '„Ban“ in quotes')).toBe(true);
    expect(has(['ban'], 'snake_ban_case')).toBe(false);
    expect(has(['ban'], 'ban')).toBe(true);
    expect(has(['ban'], 'x')).toBe(false);
  });

  it('finds words with letters beyond ASCII, whatever their case', () => {
    expect(has(['verlängert*'], 'Frist VERLÄNGERT')).toBe(true);
    expect(has(['réseau*'], 'Le Réseau social')).toBe(true);
  });

  it('finds phrases, with room for one word where the list leaves it', () => {
    expect(has(['pulled from'], 'The app was pulled from stores')).toBe(true);
    expect(has(['removed * from'], 'Apple removed WeChat from its store')).toBe(true);
    expect(has(['removed * from'], 'It was removed from the store')).toBe(true);
    expect(has(['removed * from'], 'Apple removed the app from stores')).toBe(false);
  });

  it('refuses list entries it could not look up', () => {
    expect(() => wordList(['Ban'])).toThrow(/lower-case/);
    expect(() => wordList(['b*'])).toThrow(/two characters/);
  });
});

describe('isAsciiLetterOrDigit', () => {
  it('takes ASCII letters and digits and nothing else', () => {
    const accepted = [...'az09AZ_-é '].filter((char) => isAsciiLetterOrDigit(char.charCodeAt(0)));
    expect(accepted).toEqual([...'az09AZ']);
  });
});
