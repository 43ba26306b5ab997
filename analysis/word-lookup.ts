/**
 * Looks for any of a list of words in a text without a regular expression. The content
 * script's gate runs in a fresh script world on every page, where V8 compiles a regular
 * expression on its first use: the gate's pattern of a hundred alternatives took 1.3 ms on
 * real pages' leads in a fresh page (median; a renderer process keeps it compiled for the next
 * page of the same site). Looking for each listed word with indexOf, which is native code, took
 * 0.3 ms on the same leads. A loop over the text's characters is no answer: the interpreter
 * runs it, and it made the gate slower than the pattern (4.7 against 1.9 ms, median).
 *
 * A word list holds whole words ("ban", which "banana" does not match), beginnings marked with
 * a trailing "*" ("block*", which "blockiert" matches), phrases ("pulled from") and phrases
 * with room for one word of any kind (" * ": "removed * from" matches "removed WeChat from" and
 * "removed from"). Word boundaries are ASCII ones, as a regular expression's `\b` sees them:
 * "TikTok-Verbot" has a word starting at "verbot", "Nutzungsverbot" has not.
 */

interface ListedWord {
  text: string;
  wholeWord: boolean;
  /** What follows a phrase's room for one word ("from" in "removed * from"). */
  then?: string;
}

export type WordList = readonly ListedWord[];

/** Parses a list of lower-case words (of two characters or more) for containsListedWord. */
export function wordList(words: readonly string[]): WordList {
  return words.map((word) => {
    const [head = '', then] = word.split(' * ');
    const isBeginning = head.endsWith('*');
    const text = isBeginning ? head.slice(0, -1) : head;
    if (text.length < 2 || word !== word.toLowerCase()) {
      throw new Error(`Not a lower-case word of two characters or more: ${word}`);
    }
    if (then !== undefined) return { text: `${text} `, wholeWord: false, then };
    return { text, wholeWord: !isBeginning };
  });
}

/** [A-Za-z0-9]: ASCII letters and digits. */
export function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** [A-Za-z0-9_], the characters a regular expression's `\b` counts as inside a word. */
function isAsciiWordChar(code: number): boolean {
  return isAsciiLetterOrDigit(code) || code === 95;
}

/** Whether `then` starts at `index` or after the next word (up to the next space). */
function followsWithin(text: string, index: number, then: string): boolean {
  if (text.startsWith(then, index)) return true;
  const space = text.indexOf(' ', index);
  return space > index && text.startsWith(then, space + 1);
}

function occursAsWord(lowerText: string, { text, wholeWord, then }: ListedWord): boolean {
  for (let i = lowerText.indexOf(text); i >= 0; i = lowerText.indexOf(text, i + 1)) {
    if (i > 0 && isAsciiWordChar(lowerText.charCodeAt(i - 1))) continue;
    const end = i + text.length;
    if (then !== undefined) {
      if (followsWithin(lowerText, end, then)) return true;
    } else if (!wholeWord || !isAsciiWordChar(lowerText.charCodeAt(end))) return true;
  }
  return false;
}

/** Whether a word of the list occurs in `lowerText` (the caller lower-cases it, once). */
export function containsListedWord(lowerText: string, list: WordList): boolean {
  return list.some((word) => occursAsWord(lowerText, word));
}
