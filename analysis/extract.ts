/**
 * Extraction of dated restriction events from an article's sentences. Each sentence that speaks
 * of a restriction contributes one event per (app, jurisdiction, date, kind, status); what a
 * sentence leaves implicit is carried over from the sentences before it: the apps ("both apps",
 * "the app", or none at all), the jurisdiction, and the date ("Also…", "from that day").
 */
import {
  cueMatches,
  cuePattern,
  hasCue,
  kindsIn,
  startsWithCue,
  type CueName,
  type KindCue,
} from './cues';
import { findDates, type DateMention } from './dates';
import {
  findApps,
  findJurisdictions,
  type AppMention,
  type JurisdictionMention,
} from './gazetteer';
import { namedJurisdictions, sentenceJurisdictions, targetApps } from './mentions';
import { pairAppsWithDates } from './pairing';
import { PARAGRAPH_GAP, type Sentence } from './sentences';
import { isDurationDate, statusesFor } from './status';
import type { Lang, RestrictionEvent, RestrictionKind } from './types';

export interface ExtractInput {
  paragraphs: readonly string[];
  sentences: readonly Sentence[];
  title: string;
  lang: Lang;
  /** Relative dates resolve against this (the publication date, or now). */
  reference: Date;
}

/** An event before its kind is settled (null: the sentence names none). */
export interface DraftEvent extends Omit<RestrictionEvent, 'kind'> {
  kind: RestrictionKind | null;
  sentence: number;
  /** The date was computed from a duration ("90 days"), not written out. */
  computed: boolean;
}

export interface Extraction {
  drafts: DraftEvent[];
  /** Sentences that state a restriction on a named app. */
  restrictionSentences: number[];
  /** Apps named in the title, and where the first one starts (-1: none). */
  titleApps: string[];
  titleAppIndex: number;
  /** The kind the headline names, for events whose sentences name none. */
  articleKind: KindCue | null;
}

/** What the sentences so far leave for the next ones to refer to. */
interface Carry {
  titleApps: string[];
  lastApps: string[];
  groupApps: string[];
  /** Apps of the last sentence that produced events. */
  restrictedApps: string[];
  lastJurisdictions: string[];
  lastDates: DateMention[];
  lastUntil: DateMention | null;
  /** Index of the last sentence that produced dated events. */
  lastRestriction: number;
}

/** How far (in sentences) an unnamed app is still the one restricted just before. */
const IMPLICIT_APP_REACH = 2;

/** A span word, possibly with one word between: "für zunächst sechs Monate", "for another year". */
const SPAN_BEFORE = /(?:for|für|pour|pendant|por|durante|per|voor|gedurende)\s+(?:\p{L}+\s+)?$/iu;
/** "an extension of 90 days", "eine Frist von 30 Tagen": a length, not a date. */
const LENGTH_BEFORE = /(?:of|von|de|di|van)\s+$/iu;

/** How far (in sentences) "the list also includes…" still extends the last dated restriction. */
const LIST_REACH = 6;

/** A date anaphor that starts something: "from that day", "ab diesem Tag". */
const STARTS_FROM =
  /^(?:from|starting|as of|ab|von|vanaf|à partir|a partir|dès|dal|da|desde)(?![\p{L}])/iu;

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function mentionsIn<T extends { index: number; end: number }>(
  all: readonly T[],
  start: number,
  end: number,
): T[] {
  return all
    .filter((m) => m.index >= start && m.end <= end)
    .map((m) => ({ ...m, index: m.index - start, end: m.end - start }));
}

interface SentenceFacts {
  restriction: boolean;
  continuation: boolean;
  kinds: KindCue[];
}

/** How far before a restriction word a negation still denies it ("will not be banned"). */
const NEGATION_REACH = 20;

/** "had not removed the app", "no plans to ban", "wird nicht verboten": the clause denies it. */
function isNegated(text: string, start: number, lang: Lang): boolean {
  const lead = text.slice(Math.max(0, start - NEGATION_REACH), start);
  return hasCue(lead.slice(lead.lastIndexOf(',') + 1), lang, 'negation');
}

/**
 * "inaccessible to many users", "gesperrt für Nutzer": the users are whom the app is cut off for
 * (the rest of the cue's word, then the preposition).
 */
const FOR_WHOM = /^\p{L}*\s+(?:for|to|für|pour|à|para|per|voor|bij)\s+(?:\p{L}+\s+){0,2}$/iu;

/** The restriction word acts on users or content: "blocks accounts", "bloqueio de perfis". */
function actsOnUsers(text: string, lang: Lang, end: number): boolean {
  const after = text.slice(end, end + 25);
  const user = cuePattern(lang, 'userLevel')?.exec(after);
  return Boolean(user) && !FOR_WHOM.test(after.slice(0, user!.index));
}

/**
 * Restriction words that act on users or content do not restrict the app itself, nor do denied
 * ones.
 */
function restrictsTheApp(text: string, lang: Lang): boolean {
  return cueMatches(text, lang, 'restrict').some(
    ([start, end]) => !actsOnUsers(text, lang, end) && !isNegated(text, start, lang),
  );
}

/** Every restriction word of the sentence is denied: "Apple had not removed the app by Sunday". */
function deniesRestriction(text: string, lang: Lang): boolean {
  const matches = cueMatches(text, lang, 'restrict');
  return matches.length > 0 && matches.every(([start]) => isNegated(text, start, lang));
}

function sentenceFacts(text: string, lang: Lang): SentenceFacts {
  const restriction =
    restrictsTheApp(text, lang) ||
    hasCue(text, lang, 'lift') ||
    hasCue(text, lang, 'delay') ||
    hasCue(text, lang, 'inForce') ||
    hasCue(text, lang, 'deadline') ||
    (hasCue(text, lang, 'measureRef') && hasCue(text, lang, 'announce')) ||
    (hasCue(text, lang, 'court') && hasCue(text, lang, 'courtStop'));
  const continuation = startsWithCue(text, lang, 'continuation') || hasCue(text, lang, 'sameDate');
  return { restriction, continuation, kinds: kindsIn(text, lang) };
}

/** "more than 200 apps", "59 Anwendungen", "117 aplicativos": a counted set of unnamed apps. */
const COUNTED_APPS =
  /\d[\d.,]*\s+(?:\p{L}+\s+)?(?:apps?|anwendungen|applications|applicazioni|aplicaciones|aplicativos|aplicações|toepassingen)(?!\p{L})/iu;

/**
 * The apps a sentence that names none is about: "both apps" → the last group named, "the app" →
 * the app named last, nothing → the app restricted just before, else the headline's apps. A
 * sentence about a counted set of apps ("has banned more than 200 apps since June") is about no
 * app of the headline's in particular.
 */
function referencedApps(text: string, lang: Lang, carry: Carry, index: number): string[] {
  if (hasCue(text, lang, 'groupRef'))
    return carry.groupApps.length ? carry.groupApps : carry.lastApps;
  if (hasCue(text, lang, 'appRef')) return carry.lastApps.slice(-1);
  if (COUNTED_APPS.test(text)) return [];
  return index - carry.lastRestriction <= IMPLICIT_APP_REACH
    ? carry.restrictedApps
    : carry.titleApps;
}

/**
 * Dates named by reference: "from that day", "the extended deadline". A phrase the date finder
 * already resolved (to a date earlier in the same sentence) keeps that reading.
 */
function anaphoricDates(
  text: string,
  lang: Lang,
  carry: Carry,
  found: readonly DateMention[],
): DateMention[] {
  const match = cuePattern(lang, 'sameDate')?.exec(text);
  if (!match) return [];
  const matchEnd = match.index + match[0].length;
  if (found.some((d) => d.index < matchEnd && match.index < d.end)) return [];
  const phrase = match[0];
  const source = /frist|deadline|plazo|prazo|délai|scadenza|termijn/i.test(phrase)
    ? carry.lastUntil
    : [...carry.lastDates].reverse().find((d) => !isDurationDate(d));
  if (!source) return [];
  const role = source.role === 'until' ? 'until' : STARTS_FROM.test(phrase) ? 'from' : 'on';
  return [{ ...source, index: match.index, end: match.index + phrase.length, text: phrase, role }];
}

/** The comma-delimited clause around a date. */
function clauseAround(text: string, mention: DateMention): string {
  const start = Math.max(0, text.lastIndexOf(',', mention.index) + 1);
  const commaAfter = text.indexOf(',', mention.end);
  return text.slice(start, commaAfter < 0 ? text.length : commaAfter);
}

/** How far before a date a background noun still owns it: "the invasion on 24 February". */
const BACKGROUND_REACH = 30;

/** "Since the invasion on 24 February, Russia has restricted…": the date is the invasion's. */
function datesBackgroundEvent(text: string, lang: Lang, mention: DateMention): boolean {
  const lead = text.slice(Math.max(0, mention.index - BACKGROUND_REACH), mention.index);
  return (
    hasCue(lead, lang, 'background') &&
    !hasCue(lead, lang, 'restrict') &&
    !hasCue(lead, lang, 'lift')
  );
}

/** Cues by which a clause states something happening to a restriction itself. */
const MEASURE_CUES: readonly CueName[] = ['restrict', 'lift', 'inForce', 'delay', 'deadline'];

/**
 * A court upholding a measure or turning a challenge down ("the Supreme Court upheld the law on
 * Friday") changes nothing: the date is no restriction date unless its own clause says more.
 */
function datesUpholding(text: string, lang: Lang, clause: string): boolean {
  return (
    hasCue(text, lang, 'court') &&
    hasCue(text, lang, 'uphold') &&
    !hasCue(text, lang, 'courtStop') &&
    !MEASURE_CUES.some((cue) => hasCue(clause, lang, cue))
  );
}

/**
 * Dates that are no restriction dates: inside a background clause (a founding, an election, a
 * cause: "after a teenager was killed in November"), right after a background event ("the
 * invasion on 24 February"), a court upholding what stands, or a span's end ("for ten days").
 */
function isBackgroundDate(text: string, lang: Lang, mention: DateMention): boolean {
  const clause = clauseAround(text, mention);
  if (datesBackgroundEvent(text, lang, mention) || datesUpholding(text, lang, clause)) return true;
  const restricts = hasCue(clause, lang, 'restrict') || hasCue(clause, lang, 'lift');
  if (restricts) return false;
  if (hasCue(clause, lang, 'background')) return true;
  const lead = clause.slice(0, Math.max(0, clause.indexOf(mention.text)) + 1);
  if (hasCue(lead, lang, 'cause')) return true;
  if (!isDurationDate(mention)) return false;
  // "for ten days" is a span, "an extension of 90 days" a length: neither is a date.
  const before = text.slice(Math.max(0, mention.index - 20), mention.index);
  return (
    hasCue(mention.text.split(/\s/)[0] ?? '', lang, 'span') ||
    SPAN_BEFORE.test(before) ||
    LENGTH_BEFORE.test(before)
  );
}

interface Resolved {
  apps: AppMention[];
  dates: DateMention[];
}

/**
 * The date a sentence may point back to ("in June of that year", "three days later"): the last
 * one the restriction just before it stated.
 */
function earlierDate(carry: Carry, index: number): string | undefined {
  if (index - carry.lastRestriction > IMPLICIT_APP_REACH) return undefined;
  return [...carry.lastDates].reverse().find((d) => !isDurationDate(d))?.date;
}

const carriedApp = (app: string): AppMention => ({
  index: 0,
  end: 0,
  text: app,
  app,
  category: 'other',
});

function resolveSentence(
  index: number,
  sentence: Sentence,
  input: ExtractInput,
  explicit: readonly AppMention[],
  carry: Carry,
  facts: SentenceFacts,
): Resolved {
  const { text } = sentence;
  const { lang, reference } = input;
  const apps = explicit.length
    ? [...explicit]
    : referencedApps(text, lang, carry, index).map(carriedApp);
  let dates = findDates(text, lang, reference, earlierDate(carry, index)).filter(
    (d) => !isBackgroundDate(text, lang, d),
  );
  dates = [...dates, ...anaphoricDates(text, lang, carry, dates)].sort((a, b) => a.index - b.index);
  // "Also…" right after a dated restriction, or "the list also includes…": the date goes on.
  const continues =
    (facts.continuation && carry.lastRestriction === index - 1) ||
    (explicit.length > 0 && listsMoreApps(text, lang, carry, index));
  if (dates.length === 0 && continues)
    dates = carry.lastDates.map((d) => ({ ...d, index: 0, end: 0 }));
  return { apps, dates };
}

/** A measure on government phones or for minors is that kind, whatever it blocks there. */
function narrowKinds(kinds: readonly KindCue[]): KindCue[] {
  if (kinds.includes('government-devices')) return ['government-devices'];
  if (kinds.includes('minors')) return ['minors'];
  return [...kinds];
}

interface SentenceScope {
  index: number;
  sentence: Sentence;
  resolved: Resolved;
  jurisdictions: readonly string[];
  facts: SentenceFacts;
}

function draftsFor(scope: SentenceScope, lang: Lang, published: string): DraftEvent[] {
  const { index, sentence, resolved, jurisdictions, facts } = scope;
  const drafts: DraftEvent[] = [];
  const kinds: (KindCue | null)[] = facts.kinds.length ? narrowKinds(facts.kinds) : [null];
  for (const { apps, position } of pairAppsWithDates(sentence.text, lang, resolved)) {
    const mention = resolved.dates[position]!;
    const { date } = mention;
    const computed = isDurationDate(mention);
    const statuses = statusesFor({
      sentence: sentence.text,
      lang,
      dates: resolved.dates,
      position,
      published,
    });
    for (const app of apps)
      for (const jurisdiction of jurisdictions)
        for (const kind of kinds)
          for (const status of statuses)
            drafts.push({
              app,
              jurisdiction,
              kind,
              status,
              date,
              evidence: sentence.text,
              sentence: index,
              computed,
            });
  }
  return drafts;
}

/** Items by how often they occur, most frequent first (first seen first among equals). */
function byFrequency<T>(items: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** The item more frequent than any other, or null on a tie. */
function leadingItem<T>(items: readonly T[]): T | null {
  const [first, second] = byFrequency(items);
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** The most frequent item; on a tie, the one seen first. */
function mostFrequent<T>(items: readonly T[]): T | null {
  return byFrequency(items)[0]?.[0] ?? null;
}

/**
 * Where the article is set: the title's place, else the place the text names most, else (last
 * resort) the nationality it mentions most ("Brazilian users").
 */
function topicJurisdictions(
  title: readonly JurisdictionMention[],
  text: readonly JurisdictionMention[],
): string[] {
  const fromTitle = unique(namedJurisdictions(title));
  if (fromTitle.length) return fromTitle;
  const best = mostFrequent(namedJurisdictions(text)) ?? mostFrequent(text.map((m) => m.code));
  return best ? [best] : [];
}

function rememberRestriction(carry: Carry, index: number, resolved: Resolved): void {
  carry.restrictedApps = unique(resolved.apps.map((a) => a.app));
  if (!resolved.dates.length) return;
  carry.lastRestriction = index;
  carry.lastDates = [...resolved.dates];
  const until = [...resolved.dates].reverse().find((d) => d.role === 'until');
  if (until) carry.lastUntil = until;
}

/** "ByteDance has until 17 September to sell": a time limit for a kind of restriction. */
function setsTimeLimit(text: string, input: ExtractInput): boolean {
  return findDates(text, input.lang, input.reference).some((d) => d.role === 'until');
}

/** A sentence that continues a dated restriction with more apps: "The list also includes…". */
function listsMoreApps(sentence: string, lang: Lang, carry: Carry, index: number): boolean {
  if (startsWithCue(sentence, lang, 'continuation')) return carry.lastRestriction === index - 1;
  return hasCue(sentence, lang, 'inclusion') && index - carry.lastRestriction <= LIST_REACH;
}

export function extractDrafts(input: ExtractInput, published: string): Extraction {
  const { lang } = input;
  const fullText = input.paragraphs.join(PARAGRAPH_GAP);
  const allApps = findApps(fullText);
  const allJurisdictions = findJurisdictions(fullText, lang);
  const titleMentions = appsOfTitle(input.title, fullText);
  const titleApps = unique(titleMentions.map((m) => m.app));
  const topic = topicJurisdictions(findJurisdictions(input.title, lang), allJurisdictions);
  const carry: Carry = {
    titleApps,
    lastApps: titleApps,
    groupApps: titleApps.length > 1 ? titleApps : [],
    restrictedApps: titleApps,
    lastJurisdictions: topic,
    lastDates: [],
    lastUntil: null,
    lastRestriction: -IMPLICIT_APP_REACH - 1,
  };
  const drafts: DraftEvent[] = [];
  const restrictionSentences: number[] = [];
  input.sentences.forEach((sentence, index) => {
    const end = sentence.start + sentence.text.length;
    const explicit = targetApps(mentionsIn(allApps, sentence.start, end), sentence.text, lang);
    const explicitApps = unique(explicit.map((m) => m.app));
    const places = mentionsIn(allJurisdictions, sentence.start, end);
    const facts = sentenceFacts(sentence.text, lang);
    const restrictionLike =
      facts.restriction ||
      (facts.kinds.length > 0 &&
        !deniesRestriction(sentence.text, lang) &&
        (facts.continuation || setsTimeLimit(sentence.text, input))) ||
      (explicit.length > 0 && listsMoreApps(sentence.text, lang, carry, index));
    if (restrictionLike) {
      const named = sentenceJurisdictions(places, sentence.text, lang);
      const jurisdictions = named.length ? named : carry.lastJurisdictions;
      const resolved = resolveSentence(index, sentence, input, explicit, carry, facts);
      if (resolved.apps.length && jurisdictions.length) {
        if (explicit.length && facts.restriction) restrictionSentences.push(index);
        const scope = { index, sentence, resolved, jurisdictions, facts };
        drafts.push(...draftsFor(scope, lang, published));
        rememberRestriction(carry, index, resolved);
        // Only a dated statement sets the place for the sentences after it.
        if (named.length && resolved.dates.length) carry.lastJurisdictions = named;
      }
    }
    if (explicitApps.length) carry.lastApps = explicitApps;
    if (explicitApps.length > 1) carry.groupApps = explicitApps;
  });
  return {
    drafts,
    restrictionSentences,
    titleApps,
    titleAppIndex: titleMentions[0]?.index ?? -1,
    articleKind: articleKind(input),
  };
}

/**
 * Apps the headline names. Read together with the body, so that a name the gazetteer accepts only
 * with confirmation ("X") counts in the headline when the body confirms it.
 */
export function appsOfTitle(title: string, body: string): AppMention[] {
  return findApps(`${title}${PARAGRAPH_GAP}${body}`).filter((m) => m.end <= title.length);
}

/** The kind the headline names, for sentences that name none. */
function articleKind(input: ExtractInput): KindCue | null {
  return narrowKinds(kindsIn(input.title, input.lang))[0] ?? null;
}

const pointKey = (e: { app: string; jurisdiction: string; date: string }): string =>
  `${e.app}|${e.jurisdiction}|${e.date}`;

/** Days between two YYYY-MM-DD dates (coarser dates never count as near). */
function dayDistance(a: string, b: string): number {
  if (a.length !== 10 || b.length !== 10) return Infinity;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** A date computed from "75 days" that the article also writes out (a day apart) is that one. */
function hasWrittenDateNear(draft: DraftEvent, drafts: readonly DraftEvent[]): boolean {
  return drafts.some(
    (other) =>
      !other.computed &&
      other.app === draft.app &&
      other.jurisdiction === draft.jurisdiction &&
      other.date !== draft.date &&
      dayDistance(other.date, draft.date) <= 3,
  );
}

const measureKey = (e: { app: string; jurisdiction: string }): string =>
  `${e.app}|${e.jurisdiction}`;

/** Kinds that scope a measure to some users; one for officials' phones is a measure of its own. */
const SCOPES: ReadonlySet<RestrictionKind> = new Set(['government-devices', 'minors']);

/**
 * The kind the article states most often for each app in each place: the measure its other
 * sentences ("the deadline", "die Frist wurde verlängert") keep talking about without naming it.
 */
function measureKinds(drafts: readonly DraftEvent[]): Map<string, RestrictionKind> {
  const byMeasure = new Map<string, RestrictionKind[]>();
  for (const d of drafts) {
    if (!d.kind || SCOPES.has(d.kind)) continue;
    const list = byMeasure.get(measureKey(d)) ?? [];
    list.push(d.kind);
    byMeasure.set(measureKey(d), list);
  }
  const result = new Map<string, RestrictionKind>();
  for (const [key, kinds] of byMeasure) {
    const best = leadingItem(kinds);
    if (best) result.set(key, best);
  }
  return result;
}

/**
 * Settles kinds and removes duplicates. A sentence naming no kind takes the kinds stated
 * elsewhere for the same point, except where another sentence states that very event itself
 * (its evidence is the better one); with no kind at the point, the headline's kind, else a ban.
 */
export function finalizeEvents(
  drafts: readonly DraftEvent[],
  articleKind: RestrictionKind | null,
  headlineApps: readonly string[] = [],
): RestrictionEvent[] {
  // The headline's kind is about the headline's apps, not others the article recalls.
  const headlineKind = (app: string): RestrictionKind | null =>
    headlineApps.length === 0 || headlineApps.includes(app) ? articleKind : null;
  const kindsAt = new Map<string, Set<RestrictionKind>>();
  const stated = new Set<string>();
  for (const d of drafts) {
    if (!d.kind) continue;
    kindsAt.set(pointKey(d), (kindsAt.get(pointKey(d)) ?? new Set()).add(d.kind));
    stated.add(`${pointKey(d)}|${d.kind}|${d.status}`);
  }
  const measureKind = measureKinds(drafts);
  const seen = new Set<string>();
  const events: RestrictionEvent[] = [];
  for (const d of drafts) {
    if (d.computed && hasWrittenDateNear(d, drafts)) continue;
    const atPoint = kindsAt.get(pointKey(d));
    const kinds = d.kind
      ? [d.kind]
      : atPoint
        ? [...atPoint].filter((kind) => !stated.has(`${pointKey(d)}|${kind}|${d.status}`))
        : [measureKind.get(measureKey(d)) ?? headlineKind(d.app) ?? 'ban'];
    for (const kind of kinds) {
      const key = `${pointKey(d)}|${kind}|${d.status}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { app, jurisdiction, status, date, evidence } = d;
      events.push({ app, jurisdiction, kind, status, date, evidence });
    }
  }
  return events;
}
