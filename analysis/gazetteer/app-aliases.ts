/**
 * The alias index of the app table, for findApps: which aliases can start at a word, and which
 * alias a found form stands for. Built on first use: importing it costs nothing. (The content
 * script's gate asks only whether any app is named, from lists written ahead of time:
 * gate-names.ts.)
 */
import { APP_TABLE } from './app-data';

export type AppCategory =
  | 'social'
  | 'messaging'
  | 'video'
  | 'games'
  | 'ai'
  | 'vpn'
  | 'payments'
  | 'security'
  | 'app-store'
  | 'shopping'
  | 'other';

/** How much evidence an alias needs before it counts; the markers are explained in app-data.ts. */
type Need = 'none' | 'case' | 'cue-at-start' | 'confirmation';
const MARKERS: Record<string, Need> = { '=': 'case', '~': 'cue-at-start', '?': 'confirmation' };
const stripMarker = (raw: string): string => (MARKERS[raw[0]!] ? raw.slice(1) : raw);

export interface Alias {
  app: string;
  category: AppCategory;
  form: string;
  need: Need;
}

export const WORD_RE = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface AliasIndex {
  categoryOf: Map<string, AppCategory>;
  /** Aliases by lower-cased form: "LINE" (exact) and "Line" (needs confirmation) share a key. */
  aliasesByKey: Map<string, Alias[]>;
  /**
   * Alias keys by their first word, longest first ("wechat" → "wechat pay", "wechat"), so a scan
   * over the words of a text tries only the few aliases that can start at each word.
   */
  keysByFirstWord: Map<string, string[]>;
}

let index: AliasIndex | null = null;

/** Appends to the list under `key`, creating it: plain pushes, since this runs on page load. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The first word of a lower-cased alias ("wechat pay" → "wechat"), as WORD_RE splits a text. */
const firstWord = (key: string): string => key.match(WORD_RE)?.[0] ?? key;

function buildIndex(): AliasIndex {
  const categoryOf = new Map<string, AppCategory>();
  const aliasesByKey = new Map<string, Alias[]>();
  const keysByFirstWord = new Map<string, string[]>();
  for (const [category, entries] of Object.entries(APP_TABLE) as [AppCategory, string][]) {
    for (const entry of entries.split(';')) {
      const forms = entry.split('|');
      const app = stripMarker(forms[0]!);
      categoryOf.set(app, category);
      for (const raw of forms) {
        const need = MARKERS[raw[0]!] ?? 'none';
        const form = need === 'none' ? raw : raw.slice(1);
        const key = form.toLowerCase();
        if (!aliasesByKey.has(key)) addTo(keysByFirstWord, firstWord(key), key);
        addTo(aliasesByKey, key, { app, category, form, need });
      }
    }
  }
  for (const keys of keysByFirstWord.values()) keys.sort((a, b) => b.length - a.length);
  return { categoryOf, aliasesByKey, keysByFirstWord };
}

const aliasIndex = (): AliasIndex => (index ??= buildIndex());

/** Canonical app names, in table order. */
export const appNames = (): string[] => [...aliasIndex().categoryOf.keys()];

export function appCategory(app: string): AppCategory | null {
  return aliasIndex().categoryOf.get(app) ?? null;
}

export interface AliasHit {
  found: string;
  /** A German genitive "s" follows ("TikToks Mutterkonzern"); it stays out of the mention. */
  genitive: boolean;
}

/** The longest alias (in any case) that starts at `index`, where the text's `word` begins. */
export function aliasAt(text: string, index: number, word: string): AliasHit | null {
  const { keysByFirstWord } = aliasIndex();
  const lower = word.toLowerCase();
  const keys =
    keysByFirstWord.get(lower) ??
    (lower.endsWith('s') ? keysByFirstWord.get(lower.slice(0, -1)) : undefined);
  for (const key of keys ?? []) {
    const found = text.slice(index, index + key.length);
    if (found.toLowerCase() !== key) continue;
    const next = text[index + key.length] ?? '';
    const genitive = next === 's' && !LETTER_OR_DIGIT.test(text[index + key.length + 1] ?? '');
    if (!LETTER_OR_DIGIT.test(next) || genitive) return { found, genitive };
  }
  return null;
}

/**
 * The alias a found form stands for: one marked as needing evidence when the case matches it
 * exactly ("LINE"), else a distinctive one that matches in any case ("Tiktok").
 */
export function pickAlias(hit: AliasHit): Alias | undefined {
  const aliases = aliasIndex().aliasesByKey.get(hit.found.toLowerCase()) ?? [];
  const alias =
    aliases.find((a) => a.need !== 'none' && a.form === hit.found) ??
    aliases.find((a) => a.need === 'none');
  // The genitive "s" is only trusted after distinctive names ("Signals" is the German plural).
  return alias && (!hit.genitive || alias.need === 'none') ? alias : undefined;
}
