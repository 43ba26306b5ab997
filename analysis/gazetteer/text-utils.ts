/** Small text helpers shared by the app and jurisdiction gazetteers. */

/**
 * True when the character at `index` begins a sentence (or a headline line), where an ordinary
 * word is capitalised by position and so looks like a name. Opening quotes and brackets are
 * skipped; "U.S. Zoom" style abbreviations are not told apart, which only costs a missed match.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && /[\s"'“”„«»‘’([*•–—-]/u.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:;…]/u.test(text[i]!);
}

/**
 * The text around a span, within its sentence and without the span itself, so a name never
 * counts as its own cue and a cue in the next sentence does not leak in.
 */
export function surroundings(text: string, index: number, end: number, width: number): string {
  const before = text.slice(Math.max(0, index - width), index);
  const after = text.slice(end, end + width);
  const start = before.search(/[.!?…]\s+[^.!?…]*$|\n[^\n]*$/u);
  const stop = after.search(/[.!?…](?:\s|$)|\n/u);
  return `${start < 0 ? before : before.slice(start + 1)} \u0000 ${stop < 0 ? after : after.slice(0, stop)}`;
}
