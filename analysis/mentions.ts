/**
 * Which of the apps and places a sentence names are the restricted app and the restricting
 * jurisdiction. The gazetteer finds names; this decides their role: an app store or a platform
 * someone posted on is a venue, an origin adjective ("Chinese apps") or a court's seat is no
 * jurisdiction, and of several places the one that acts comes first.
 */
import { cueAlternation, cueIndex, hasCue } from './cues';
import type { AppMention, JurisdictionMention } from './gazetteer';
import type { Lang } from './types';

/** Between two names of one list: "WhatsApp e di Google Play", "X, Y". */
const LIST_GAP = /^\s*(?:,|and|und|et|y|e|en|ou|or|oder|o)?\s*(?:di|de|del|du|von|of)?\s*$/iu;
/** Between two places of one list: "Belgium and the United Kingdom". */
const PLACE_LIST_GAP =
  /^\s*(?:,|and|und|et|y|e|en|ou|or|oder|o|sowie)\s*(?:the|die|der|den|le|la|les|l'|el|los|il|lo|o|a|os|het|de)?\s*$/iu;

/** A preposition (and article) that makes an app store the venue: "über den Appstore". */
const VENUE_BEFORE =
  /(?:über|via|from|through|in|into|aus|im|auf|dans|sur|en|nel|nello|nei|negli|na|no|nas|nos|em|uit|op|dagli|degli|dos|das|von|vom|de la|del|du)\s+(?:(?:the|den|dem|der|die|la|le|les|el|los|las|il|lo|gli|o|a|os|as|het|des|their|its|ihren?|ihrem|seinen?|seinem)\s+)?$/iu;

/** "announced on Truth Social", "schrieb auf X": the platform is where someone spoke. */
const SPEECH_VENUE_BEFORE =
  /(?:on|auf|en|sur|su|em|no|na|op|via|über)\s+(?:(?:his|her|its|their|seinem|ihrem|su|sa|son|seu|sua|zijn|haar|the|der|la|el|il|o|a)\s+)?(?:(?:own|eigenen|propia|propre|propria|própria|eigen)\s+)?(?:(?:account|konto|cuenta|compte|conta|profil|perfil|profilo|platform|plattform|plataforma|plateforme|piattaforma|red social|rede social|réseau social|rete sociale|social network|netzwerk|kanal|canal|channel)\s*,?\s+(?:(?:on|auf|en|de|di|do|da|op|van)\s+)?)?$/iu;

/** The seat of a court is no jurisdiction: "a federal judge in Pennsylvania". */
const SEAT_BEFORE =
  /(?:in|della|del|de|di|von|im|at|of|aus|en|em|van|do|da|du)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;

const JURISDICTION_VIAS: ReadonlySet<JurisdictionMention['via']> = new Set([
  'name',
  'authority',
  'subdivision',
  'capital',
]);

const before = (text: string, index: number, width: number): string =>
  text.slice(Math.max(0, index - width), index);

/**
 * The apps a sentence is about. An app store is where a restricted app is removed from, so it is
 * a target only when listed with other apps and not introduced as a venue; a platform someone
 * announced something on is no target either.
 */
export function targetApps(
  mentions: readonly AppMention[],
  sentence: string,
  lang: Lang,
): AppMention[] {
  const listedWithApp = (i: number): boolean => {
    const m = mentions[i]!;
    const neighbours = [mentions[i - 1], mentions[i + 1]].filter(
      (other): other is AppMention => other !== undefined && other.category !== 'app-store',
    );
    return neighbours.some((other) =>
      LIST_GAP.test(sentence.slice(Math.min(m.end, other.end), Math.max(m.index, other.index))),
    );
  };
  const speaks = hasCue(sentence, lang, 'speech');
  return mentions.filter((m, i) => {
    if (m.category === 'app-store')
      return listedWithApp(i) && !VENUE_BEFORE.test(before(sentence, m.index, 16));
    return !(speaks && SPEECH_VENUE_BEFORE.test(before(sentence, m.index, 40)));
  });
}

/** An adjective names the acting state when it qualifies a government: "die niederländische Regierung". */
function governmentAdjective(m: JurisdictionMention, sentence: string, lang: Lang): boolean {
  if (m.via !== 'adjective') return false;
  const government = cueAlternation(lang, 'government');
  if (!government) return false;
  const after = sentence.slice(m.end, m.end + 20);
  const prior = before(sentence, m.index, 20);
  return (
    new RegExp(`^\\s*(?:${government})`, 'iu').test(after) ||
    new RegExp(`(?:${government})\\p{L}*\\s+$`, 'iu').test(prior)
  );
}

/** "NEW YORK — …": the dateline says where the reporter is, not who acts. */
function isDateline(m: JurisdictionMention, sentence: string): boolean {
  return (
    /^[^\p{Ll}]{0,40}$/u.test(sentence.slice(0, m.index)) &&
    /^\s*[—–-]/u.test(sentence.slice(m.end))
  );
}

function isCourtSeat(m: JurisdictionMention, sentence: string, lang: Lang): boolean {
  return (
    (m.via === 'subdivision' || m.via === 'capital') &&
    SEAT_BEFORE.test(before(sentence, m.index, 20)) &&
    hasCue(before(sentence, m.index, 50), lang, 'court')
  );
}

/**
 * The jurisdictions a restriction sentence assigns: the first place named before the restriction
 * word (the actor: "India bans…"), else the first one after it ("blocked in Russia"), together
 * with places listed alongside it. A subdivision beats its own country.
 */
export function sentenceJurisdictions(
  mentions: readonly JurisdictionMention[],
  sentence: string,
  lang: Lang,
): string[] {
  const usable = mentions.filter(
    (m) =>
      (JURISDICTION_VIAS.has(m.via) || governmentAdjective(m, sentence, lang)) &&
      !isCourtSeat(m, sentence, lang) &&
      !isDateline(m, sentence),
  );
  if (usable.length === 0) return [];
  const cueAt = cueIndex(sentence, lang, 'restrict');
  const first = usable.find((m) => cueAt < 0 || m.index < cueAt) ?? usable[0]!;
  const chosen = [first];
  for (const m of usable.slice(usable.indexOf(first) + 1)) {
    const previous = chosen[chosen.length - 1]!;
    if (m.code === previous.code || PLACE_LIST_GAP.test(sentence.slice(previous.end, m.index)))
      chosen.push(m);
  }
  const codes = [...new Set(chosen.map((m) => m.code))];
  return codes.filter((code) => !codes.some((other) => other.startsWith(`${code}-`)));
}

/** Jurisdictions of a text that name a place (not an origin adjective). */
export function namedJurisdictions(mentions: readonly JurisdictionMention[]): string[] {
  return mentions.filter((m) => JURISDICTION_VIAS.has(m.via)).map((m) => m.code);
}
