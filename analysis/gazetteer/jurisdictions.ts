/**
 * Finds countries, subdivisions, the EU and the authorities that stand for them in a text. The
 * text is split into word tokens and the longest run of tokens found in the tables wins, so "New
 * Mexico" beats "Mexico" and "Washington Post" (a newspaper, not a place) beats "Washington".
 */
import { SUPPORTED_LANGS, type Lang } from '../types';
import {
  ADJECTIVES,
  AUTHORITIES,
  CAPITALS,
  LANGUAGE_OF,
  NAMES,
  NOT_PLACES,
  REGION_CODES,
  SUBDIVISIONS,
  SUFFIXES,
} from './jurisdiction-data';
import { inflectAdjective } from './inflect';
import { isSentenceStart } from './text-utils';

export type JurisdictionVia = 'name' | 'adjective' | 'authority' | 'subdivision' | 'capital';

export interface JurisdictionMention {
  index: number;
  end: number;
  text: string;
  /** ISO 3166-1 alpha-2 ("US"), ISO 3166-2 ("US-MT"), or "EU". */
  code: string;
  /**
   * How the text points at the jurisdiction. An adjective often names an origin rather than the
   * place that acts: in "India bans 59 Chinese apps" India is the jurisdiction, China the origin.
   */
  via: JurisdictionVia;
}

interface Entry {
  /** null for names that contain a place but are not one ("Washington Post"). */
  code: string | null;
  via: JurisdictionVia;
  /** 2: written in capitals, match only in capitals; 1: needs a capital first letter; 0: any. */
  casing: 0 | 1 | 2;
  /** Bit mask of SUPPORTED_LANGS the form belongs to; 0 for every language. */
  langs: number;
  /** Also a person's name: not next to another capitalised word. */
  personName: boolean;
  /** Counts only when the same country is named elsewhere in the text. */
  contextual: boolean;
}

interface Table {
  entries: Map<string, Entry[]>;
  /** First words of the keys, to skip the words that start no name at all. */
  firstWords: Set<string>;
}

const newTable = (): Table => ({ entries: new Map(), firstWords: new Set() });

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+/gu;
/** The gap to the next word and the word, read from where the previous word ended. */
const NEXT_WORD_RE = /([^\p{L}\p{M}\p{N}]{1,3})([\p{L}\p{M}\p{N}]+)/uy;

/**
 * How two tokens may be joined inside one name: spaces ("New York"), a hyphen ("Neu-Delhi",
 * "US-amerikanische"), a full stop ("U.S.", "EE. UU.") or an apostrophe ("Côte d'Ivoire").
 * Returns the joiner as it appears in keys, or null when the gap ends the name.
 */
function joiner(gap: string): string | null {
  if (/^\s+$/u.test(gap)) return ' ';
  const mark = /^\s?([-.'’])\s?$/u.exec(gap)?.[1];
  if (mark === undefined) return null;
  return mark === '’' ? "'" : mark;
}

/** The key of a table form, normalised as `joiner` normalises the text ("EE. UU." → "ee.uu"). */
function keyOf(form: string): string {
  return form
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s*([-.'])\s*/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+$/gu, '');
}

function langMask(tag: string | undefined): number {
  if (!tag) return 0;
  return tag
    .split('+')
    .reduce((mask, lang) => mask | (1 << SUPPORTED_LANGS.indexOf(lang as Lang)), 0);
}

/** 2 for a form in capitals ("US"), 1 for a capitalised one ("China"), 0 for lower case. */
function casingOf(form: string): Entry['casing'] {
  const letters = form.replace(/[^\p{L}]/gu, '');
  return letters === letters.toUpperCase() ? 2 : /^\p{Lu}/u.test(letters) ? 1 : 0;
}

function addForm(table: Table, code: string | null, via: JurisdictionVia, raw: string): void {
  const [body = '', tag] = raw.split('@');
  const personName = body.startsWith('~');
  const contextual = body.startsWith('?');
  const [stem = '', suffixSet] = body.replace(/^[~?]/, '').split('*');
  const langs = langMask(tag);
  for (const suffix of suffixSet ? (SUFFIXES[suffixSet] ?? ['']) : ['']) {
    const form = stem + suffix;
    const casing = casingOf(form);
    const key = keyOf(form);
    const list = table.entries.get(key) ?? [];
    const same = list.find(
      (e) =>
        e.code === code &&
        e.via === via &&
        e.personName === personName &&
        e.contextual === contextual &&
        e.langs === langs,
    );
    // "ANATEL" and "Anatel": one entry with the looser casing.
    if (same) same.casing = Math.min(same.casing, casing) as Entry['casing'];
    else list.push({ code, via, casing, langs, personName, contextual });
    table.entries.set(key, list);
    table.firstWords.add(key.split(/[ .'-]/)[0]!);
  }
}

function addEntries(table: Table, data: string, via: JurisdictionVia): void {
  for (const entry of data.split(';')) {
    const colon = entry.indexOf(':');
    const code = entry.slice(0, colon);
    for (const form of entry.slice(colon + 1).split(',')) addForm(table, code, via, form);
  }
}

let staticTable: Table | undefined;

/** The hand-written tables, built on first use so that importing the module costs nothing. */
function ownTable(): Table {
  if (staticTable) return staticTable;
  const table = newTable();
  addEntries(table, NAMES, 'name');
  addEntries(table, ADJECTIVES, 'adjective');
  addEntries(table, CAPITALS, 'capital');
  addEntries(table, SUBDIVISIONS, 'subdivision');
  addEntries(table, AUTHORITIES, 'authority');
  for (const form of NOT_PLACES.split(',')) addForm(table, null, 'name', form);
  staticTable = table;
  return table;
}

/**
 * Per language, from Intl.DisplayNames: the country names, and the nationality adjectives of the
 * LANGUAGE_OF countries inflected from their language names. Built on first use of a language.
 */
const languageTables = new Map<Lang, Table>();

function languageTable(lang: Lang): Table {
  let table = languageTables.get(lang);
  if (table) return table;
  const own = ownTable();
  const added = newTable();
  // A form the own tables already give keeps their flags ("~Jordan", "~Frans": also people).
  const addNew = (code: string, via: JurisdictionVia, form: string): void => {
    const casing = casingOf(form);
    const known = own.entries.get(keyOf(form));
    if (!known?.some((e) => e.code === code && e.via === via && e.casing === casing)) {
      addForm(added, code, via, form);
    }
  };
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  for (const code of REGION_CODES.split(' ')) {
    // "Myanmar (Burma)", "Hong Kong, RAE da China": the part before the bracket or comma.
    const name = regions.of(code)?.split(/\s*[(,]/u)[0];
    if (name) addNew(code, 'name', name);
  }
  const languages = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
  for (const pair of LANGUAGE_OF.split(' ')) {
    const base = languages.of(pair.slice(2));
    for (const form of base ? inflectAdjective(lang, base) : []) {
      addNew(pair.slice(0, 2), 'adjective', form);
    }
  }
  table = added;
  languageTables.set(lang, table);
  return table;
}

/** English names appear in news of every language ("Hong Kong", "Taiwan"), so always look them up. */
function tablesFor(lang: Lang | null): Table[] {
  const langs: readonly Lang[] =
    lang === null ? SUPPORTED_LANGS : lang === 'en' ? ['en'] : [lang, 'en'];
  return [ownTable(), ...langs.map(languageTable)];
}

const MAX_TOKENS = 7;

interface Found {
  index: number;
  end: number;
  key: string;
  entries: Entry[];
}

/**
 * Whether a span is written the way the entry's form needs. A form written in lower case (a
 * German or Romance adjective) may be capitalised only where position explains it, at the start
 * of a sentence or in an all-capitals headline: mid-sentence "Russo" is a surname, not "russo".
 * French is the exception: its nationality nouns take a capital ("les Turcs", "les Chinois").
 */
function casingFits(
  entry: Entry,
  lang: Lang | null,
  text: string,
  index: number,
  end: number,
): boolean {
  const span = text.slice(index, end);
  const upper = span === span.toUpperCase();
  if (entry.casing === 2) return upper;
  const capital = /^\p{Lu}/u.test(span);
  if (entry.casing === 1) return capital;
  return !capital || upper || lang === 'fr' || isSentenceStart(text, index);
}

/** "Michael Jordan", "François Hollande", "Frans Timmermans": a person, not a place. */
function nextToCapitalisedWord(text: string, index: number, end: number): boolean {
  return (
    /\p{Lu}[\p{L}\p{M}]*\s+$/u.test(text.slice(Math.max(0, index - 30), index)) ||
    /^\s+\p{Lu}/u.test(text.slice(end, end + 3))
  );
}

export function jurisdictionCountry(code: string): string {
  return code.split('-')[0] ?? code;
}

/**
 * Jurisdictions named in `text`, sorted and non-overlapping. With `lang`, forms of other
 * languages that would collide are skipped (Dutch "VS", German "Island"); English names count
 * everywhere. A name shared by two places ("Georgia", "Supreme Court") goes to the one whose
 * country the text names most often, else to the first in the tables; authorities marked
 * contextual ("Supreme Court", "Congress") count only when their country is named elsewhere.
 */
export function findJurisdictions(text: string, lang: Lang | null): JurisdictionMention[] {
  const tables = tablesFor(lang);
  const mask = lang === null ? -1 : langMask(lang);
  const found: Found[] = [];
  /** Names seen as a person's ("Luís Montenegro"): later bare mentions mean the person too. */
  const people = new Set<string>();
  let scannedTo = 0;

  for (const word of text.matchAll(TOKEN_RE)) {
    const lower = word[0].toLowerCase();
    if (word.index < scannedTo || !tables.some((t) => t.firstWords.has(lower))) continue;
    // The keys of the runs of up to MAX_TOKENS words that start here, with their ends.
    const runs: [key: string, end: number][] = [[lower, word.index + word[0].length]];
    NEXT_WORD_RE.lastIndex = word.index + word[0].length;
    for (let next; runs.length < MAX_TOKENS && (next = NEXT_WORD_RE.exec(text));) {
      const join = joiner(next[1]!);
      if (join === null) break;
      runs.push([runs.at(-1)![0] + join + next[2]!.toLowerCase(), NEXT_WORD_RE.lastIndex]);
    }
    for (let n = runs.length - 1; n >= 0; n--) {
      const [key, end] = runs[n]!;
      if (!tables.some((t) => t.entries.has(key))) continue;
      // Stricter casing first: "China" (name) before "china" (Spanish adjective), "Indiana"
      // (the state) before "indiana" (Italian for Indian).
      const fitting = tables
        .flatMap((t) => t.entries.get(key) ?? [])
        .filter(
          (e) =>
            (e.langs === 0 || (e.langs & mask) !== 0) && casingFits(e, lang, text, word.index, end),
        )
        .sort((a, b) => b.casing - a.casing);
      if (fitting.length === 0) continue;
      if (fitting[0]!.personName && nextToCapitalisedWord(text, word.index, end)) {
        people.add(key);
        break;
      }
      found.push({ index: word.index, end, key, entries: fitting });
      scannedTo = end;
      break;
    }
  }

  // Blocked names ("Washington Post") and people are dropped before they can vouch for a country.
  const places = found.filter((f) => f.entries[0]!.code !== null && !people.has(f.key));
  /** How often each country is named unambiguously, to settle the shared names. */
  const named = new Map<string, number>();
  for (const { entries } of places) {
    const countries = new Set(
      entries.flatMap((e) => (e.code ? [jurisdictionCountry(e.code)] : [])),
    );
    const [country] = countries;
    if (countries.size === 1 && country && !entries[0]!.contextual) {
      named.set(country, (named.get(country) ?? 0) + 1);
    }
  }
  const weight = (e: Entry): number => named.get(jurisdictionCountry(e.code!)) ?? 0;

  return places.flatMap(({ index, end, entries }) => {
    const usable = entries.filter((e) => e.code !== null && (!e.contextual || weight(e) > 0));
    // The most-named country wins; without any, the first entry (table order) does.
    const entry = usable.reduce<Entry | undefined>(
      (best, e) => (best === undefined || weight(e) > weight(best) ? e : best),
      undefined,
    );
    return entry?.code
      ? [{ index, end, text: text.slice(index, end), code: entry.code, via: entry.via }]
      : [];
  });
}

/**
 * The flag of a jurisdiction as regional-indicator emoji: "US" → 🇺🇸, "EU" → 🇪🇺. A subdivision
 * shows its country's flag ("US-MT" → 🇺🇸); anything else gives ''.
 */
export function flagEmoji(code: string): string {
  const country = jurisdictionCountry(code);
  if (!/^[A-Z]{2}$/.test(country)) return '';
  return String.fromCodePoint(...[...country].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}
