/**
 * The content script's gate asks one question of the app table: is any app named at all
 * (`namesAnyApp`)? It asks on every page whose opening talks about a restriction, in a fresh
 * script world where every first use of a regex is slow, so the table is taken apart ahead of
 * time: `gateNamesOf` runs when `npm run gen:gate-names` writes gate-names.generated.ts, and the
 * content script only loads the lists it wrote (a test fails when they no longer match the
 * table).
 */
import { GATE_NAMES } from './gate-names.generated';

export interface GateNames {
  /** Distinctive names that are one ASCII word, in lower case ("tiktok"). */
  asciiWords: string[];
  /** Other distinctive names, in lower case ("tik tok", "disney+", "微信"). */
  otherNames: string[];
  /** Names that are also ordinary words, in their exact case ("Telegram", "LINE", "X Corp"). */
  exactNames: string[];
}

/** Unmarked aliases that are one ASCII word, in the lower-cased table. */
const ASCII_WORD_ALIAS = /(?<=^|[;|])[a-z0-9]{2,}(?=[;|]|$)/g;
/** Unmarked aliases that are not (names of two letters or more). */
const OTHER_ALIAS = /(?<=^|[;|])(?![a-z0-9]+(?:[;|]|$))[^;|=~?][^;|]+/g;
/** Aliases marked "=", "~" or "?", without their marker. */
const EXACT_ALIAS = /(?<=[;|][=~?]|^[=~?])[^;|]{2,}/g;

const distinct = (names: string[]): string[] => [...new Set(names)];

export function gateNamesOf(table: Record<string, string>): GateNames {
  const joined = Object.values(table).join(';');
  const lower = joined.toLowerCase();
  return {
    asciiWords: distinct(lower.match(ASCII_WORD_ALIAS) ?? []),
    otherNames: distinct(lower.match(OTHER_ALIAS) ?? []),
    exactNames: distinct(joined.match(EXACT_ALIAS) ?? []),
  };
}

/**
 * Letters and digits as the gate tells words apart, cheaply: ASCII ones, and letters that have
 * a case. Uncased letters (Chinese, Arabic) count as separators here, which only lets more texts
 * through: findApps, with the full Unicode classes, has the last word.
 */
function isWordChar(char: string): boolean {
  if (char === '') return false;
  if (char < '\x80') return /[a-z0-9]/i.test(char);
  return char.toLowerCase() !== char.toUpperCase();
}

/** Whether `name` occurs in `text` as a word of its own (not inside "Telegramm"). */
function standsAlone(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const after = text[i + name.length] ?? '';
    // A German genitive "s" may follow ("TikToks Mutterkonzern"), as findApps allows.
    const next = after === 's' ? (text[i + name.length + 1] ?? '') : after;
    if (!isWordChar(text[i - 1] ?? '') && !isWordChar(next)) return true;
  }
  return false;
}

/** One ASCII word of a text: splits as WORD_RE does, or more finely (never a wider word). */
const ASCII_WORD = /[a-z0-9]+/g;
/** The ASCII names as a set, made on first use. */
let asciiWordSet: Set<string> | null = null;

/**
 * Whether any app of the table is named, ignoring the context rules findApps applies: a
 * prefilter for the content script's gate, a little looser than findApps (the genitive "s"
 * counts after any name), so it never drops a text findApps would find an app of two letters
 * or more in. It only looks names up in lists written ahead of time (gate-names.ts).
 */
export function namesAnyApp(text: string): boolean {
  const { asciiWords, otherNames, exactNames } = GATE_NAMES;
  asciiWordSet ??= new Set(asciiWords);
  const known = asciiWordSet;
  const lowerText = text.toLowerCase();
  const words = lowerText.match(ASCII_WORD) ?? [];
  return (
    words.some((word) => known.has(word) || (word.endsWith('s') && known.has(word.slice(0, -1)))) ||
    otherNames.some((name) => standsAlone(lowerText, name)) ||
    exactNames.some((name) => standsAlone(text, name))
  );
}
