/**
 * The content script's gate asks one question of the app table: is any app named at all
 * (`namesAnyApp`)? It asks on every page whose opening talks about a restriction, in a fresh
 * script world where every first use of a regex is slow, so the table is taken apart ahead of
 * time: `gateNamesOf` runs when `npm run gen:gate-names` writes gate-names.generated.ts, and the
 * content script only looks the names of the lists it wrote up with indexOf (a test fails when
 * they no longer match the table). Looking each of some 380 names up that way costs a third of
 * what splitting the text into words with a regular expression did (0.7 against 2.1 ms on real
 * leads in a fresh page, median).
 */
import { isAsciiLetterOrDigit } from '../word-lookup';
import { GATE_NAMES } from './gate-names.generated';

export interface GateNames {
  /** Distinctive names, in lower case ("tiktok", "tik tok", "disney+", "微信"). */
  lowerNames: string[];
  /** Names that are also ordinary words, in their exact case ("Telegram", "LINE", "X Corp"). */
  exactNames: string[];
}

/** Unmarked aliases of two letters or more. */
const UNMARKED_ALIAS = /(?<=^|[;|])[^;|=~?][^;|]+/g;
/** Aliases marked "=", "~" or "?", without their marker. */
const EXACT_ALIAS = /(?<=[;|][=~?]|^[=~?])[^;|]{2,}/g;

const distinct = (names: string[]): string[] => [...new Set(names)];

export function gateNamesOf(table: Record<string, string>): GateNames {
  const joined = Object.values(table).join(';');
  const lower = joined.toLowerCase();
  return {
    lowerNames: distinct(lower.match(UNMARKED_ALIAS) ?? []),
    exactNames: distinct(joined.match(EXACT_ALIAS) ?? []),
  };
}

/**
 * Letters and digits as the gate tells words apart, cheaply (no regular expression, see
 * word-lookup.ts): ASCII ones, and letters that have a case. Uncased letters (Chinese, Arabic)
 * count as separators here, which only lets more texts through: findApps, with the full Unicode
 * classes, has the last word.
 */
function isWordChar(char: string): boolean {
  if (char === '') return false;
  if (char < '\x80') return isAsciiLetterOrDigit(char.charCodeAt(0));
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

/**
 * Whether any app of the table is named, ignoring the context rules findApps applies: a
 * prefilter for the content script's gate, a little looser than findApps (the genitive "s"
 * counts after any name), so it never drops a text findApps would find an app of two letters
 * or more in. It only looks names up in lists written ahead of time (gate-names.ts).
 */
export function namesAnyApp(text: string): boolean {
  const lowerText = text.toLowerCase();
  return (
    GATE_NAMES.lowerNames.some((name) => standsAlone(lowerText, name)) ||
    GATE_NAMES.exactNames.some((name) => standsAlone(text, name))
  );
}
