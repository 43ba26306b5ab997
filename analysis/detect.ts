/**
 * Is the page's main subject a restriction on an app? The headline carries most of the signal
 * (news puts the measure there), the lead and the dated events confirm it, and a few patterns
 * rule it out: opinion pieces, an app acting on its own users or content, outages, fines
 * without a restriction, and bans of things that are not apps.
 */
import { hasCue } from './cues';
import type { Lang } from './types';

export interface DetectionInput {
  title: string;
  lang: Lang;
  /** Sentence texts in reading order. */
  sentences: readonly string[];
  /** Indices of sentences stating a restriction on a named app. */
  restrictionSentences: readonly number[];
  /** Apps the title names, and where the first one starts. */
  titleApps: readonly string[];
  titleAppIndex: number;
  /** Distinct dated points extracted. */
  points: number;
}

export interface Detection {
  score: number;
  isBanArticle: boolean;
  reason: string;
}

const THRESHOLD = 0.5;
/** The lead: where news states its main subject. */
const LEAD_SENTENCES = 3;
const GENERIC_SERVICES =
  /(?<![\p{L}])(?:apps?|anwendungen|applications|aplicaciones|applicazioni|aplicativos|social media|soziale[n]? (?:medien|netzwerke)|réseaux sociaux|redes sociales|redes sociais|social network|sociale media|plateformes|plataformas|piattaforme|messenger|chatbot)(?![\p{L}])/iu;

function titleRestricts(title: string, lang: Lang): boolean {
  return (
    hasCue(title, lang, 'restrict') ||
    hasCue(title, lang, 'lift') ||
    hasCue(title, lang, 'delay') ||
    hasCue(title, lang, 'deadline')
  );
}

/** A restriction verb right after an app's name: the app is the one acting. */
const APP_AS_ACTOR =
  /^\s+(?:has |have |hat |a |ha |heeft |tem )?(?:bans|banned|blocks|blocked|suspends|suspended|restricts|restricted|removes|removed|limits|deletes|sperrt|blockiert|löscht|entfernt|schränkt|bloque|suspend|supprime|restreint|bannit|bloquea|suspende|restringe|elimina|blocca|sospende|limita|rimuove|bloqueia|bane|silencia|blokkeert|schorst|beperkt|verwijdert)(?![\p{L}])/iu;

/**
 * "WhatsApp bans accounts", "TikTok blocks searches", "Instagram makes accounts private": the app
 * acting on its users or content, not being restricted.
 */
function appActsOnItsUsers(input: DetectionInput): boolean {
  const { title, lang, titleAppIndex } = input;
  if (titleAppIndex < 0) return false;
  const afterApp = title.slice(titleAppIndex).replace(/^\S+/, '');
  if (APP_AS_ACTOR.test(afterApp)) return true;
  return (
    titleAppIndex === 0 && (hasCue(title, lang, 'userLevel') || hasCue(title, lang, 'selfAction'))
  );
}

/** Multipliers for the patterns that make a restriction headline something else. */
function penalty(input: DetectionInput): { factor: number; reason: string | null } {
  const { title, lang } = input;
  const lead = input.sentences.slice(0, LEAD_SENTENCES).join(' ');
  const restricts = titleRestricts(title, lang);
  if (hasCue(title.slice(0, 30), lang, 'opinion')) return { factor: 0.2, reason: 'opinion piece' };
  if (appActsOnItsUsers(input)) return { factor: 0.2, reason: 'an app acting on its users' };
  if (!input.titleApps.length && hasCue(title, lang, 'nonApp'))
    return { factor: 0.2, reason: 'a ban on something that is not an app' };
  if (!restricts && hasCue(`${title} ${lead}`, lang, 'outage'))
    return { factor: 0.3, reason: 'an outage' };
  if (!restricts && hasCue(title, lang, 'fine')) return { factor: 0.3, reason: 'a fine' };
  return { factor: 1, reason: null };
}

export function detect(input: DetectionInput): Detection {
  const { title, lang, restrictionSentences } = input;
  const titleHasApp = input.titleApps.length > 0 || GENERIC_SERVICES.test(title);
  const leadHits = restrictionSentences.filter((i) => i < LEAD_SENTENCES).length;
  let score = 0;
  if (titleRestricts(title, lang) && titleHasApp) score += 0.45;
  else if (titleRestricts(title, lang) || titleHasApp) score += 0.15;
  score += Math.min(0.3, leadHits * 0.2);
  score += Math.min(0.3, restrictionSentences.length * 0.05);
  score += Math.min(0.15, input.points * 0.05);
  const { factor, reason } = penalty(input);
  score = Math.min(1, score * factor);
  const isBanArticle = score >= THRESHOLD;
  return {
    score: Math.round(score * 1000) / 1000,
    isBanArticle,
    reason: reason ?? (isBanArticle ? 'restriction on an app' : 'no clear restriction on an app'),
  };
}
