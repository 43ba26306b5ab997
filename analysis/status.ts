/**
 * The status of a restriction at one dated point, from the words around the date: a court
 * stopping it (blocked), a government ending it (lifted), a postponement (delayed: the day of the
 * decision; the new date is a deadline or the new start), a time limit (deadline), a start
 * (effective), a decision (announced), a threat or bill (proposed).
 */
import { cueIndex, cueMatches, hasCue, type CueName } from './cues';
import type { DateMention } from './dates';
import type { Lang, RestrictionStatus } from './types';

export interface DateContext {
  sentence: string;
  lang: Lang;
  dates: readonly DateMention[];
  position: number;
  /** The article's publication day (YYYY-MM-DD). */
  published: string;
}

const DURATION =
  /\d+|\b(?:days?|tage?n?|jours?|d[ií]as|giorni|dagen|weeks?|wochen|semaines?|semanas?|settimane|weken|months?|monate?n?|mois|meses|mesi|maanden|hours?|stunden|heures|horas|ore|uur)\b/iu;
const DURATION_UNIT =
  /(?<![\p{L}])(?:days?|tage?n?|jours?|d[ií]as|giorni|dagen|weeks?|wochen|semaines?|semanas?|settimane|weken|months?|monate?n?|mois|meses|mesi|maanden|hours?|stunden|heures|horas|ore|uur)(?![\p{L}])/iu;

/**
 * A date computed from "90 days", "um 75 Tage", "24 horas": a time limit, unless it starts
 * something ("after 45 days") or is another event's day ("the day after it was announced").
 */
export function isDurationDate(mention: DateMention): boolean {
  return (
    !mention.relative &&
    mention.role !== 'from' &&
    DURATION_UNIT.test(mention.text) &&
    DURATION.test(mention.text)
  );
}

function windows(context: DateContext): { left: string; right: string } {
  const { sentence, dates, position } = context;
  const mention = dates[position]!;
  const previousEnd = position > 0 ? dates[position - 1]!.end : 0;
  const nextStart = position + 1 < dates.length ? dates[position + 1]!.index : sentence.length;
  return {
    left: sentence.slice(previousEnd, mention.index),
    right: sentence.slice(mention.end, nextStart),
  };
}

const isPast = (date: string, published: string): boolean => date.slice(0, 10) <= published;

/** "will not apply until Nov. 12", "gilt nicht vor…": a negated end is when it starts. */
function startsOnlyThen(context: DateContext, mention: DateMention): boolean {
  if (mention.role !== 'until') return false;
  const { left } = windows(context);
  return hasCue(left.slice(left.lastIndexOf(',') + 1), context.lang, 'negation');
}

/** A court stops something in the same clause: "a judge blocked the ban", not "blocked after a court ordered it". */
function courtStops(sentence: string, lang: Lang): boolean {
  return cueMatches(sentence, lang, 'courtStop').some(([start, end]) => {
    const from = sentence.lastIndexOf(',', start) + 1;
    const to = sentence.indexOf(',', end);
    return hasCue(sentence.slice(from, to < 0 ? sentence.length : to), lang, 'court');
  });
}

function courtStatus(context: DateContext, mention: DateMention): RestrictionStatus[] | null {
  const { sentence, lang } = context;
  if (!courtStops(sentence, lang)) return null;
  return mention.role === 'from' || !isPast(mention.date, context.published)
    ? ['effective']
    : ['blocked'];
}

function liftStatus(context: DateContext, mention: DateMention): RestrictionStatus[] | null {
  const { sentence, lang } = context;
  if (!hasCue(sentence, lang, 'lift')) return null;
  const { left } = windows(context);
  if (mention.role === 'from' && !hasCue(left, lang, 'lift') && hasCue(left, lang, 'block'))
    return ['effective'];
  return ['lifted'];
}

function delayStatus(context: DateContext, mention: DateMention): RestrictionStatus[] | null {
  const { sentence, lang, published } = context;
  if (!hasCue(sentence, lang, 'delay')) return null;
  const { left } = windows(context);
  // "the first extension … expired on Saturday 5 April": the end of a period.
  if (hasCue(left, lang, 'expires')) return ['deadline'];
  if (mention.role === 'on' && isPast(mention.date, published) && !isDurationDate(mention))
    return ['delayed'];
  if (startsOnlyThen(context, mention)) return ['effective'];
  if (isDurationDate(mention) || hasCue(sentence, lang, 'deadline')) return ['deadline'];
  // The new date of a postponed measure is when it now starts.
  return ['effective'];
}

/** A range "from April 2017 to December 2019" of something in the past: its end is a lifting. */
function rangeEndStatus(context: DateContext, mention: DateMention): RestrictionStatus[] | null {
  const previous = context.dates[context.position - 1];
  if (mention.role !== 'until' || previous?.role !== 'from') return null;
  return isPast(mention.date, context.published) ? ['lifted'] : null;
}

/**
 * Cues of a date's own clause, strongest first. A decision ("ordered the block on Friday", "hatte
 * die Sperre am 21. Dezember angekündigt") dates the order, not the blocking it orders, so it
 * comes before the blocking words.
 */
const LOCAL_ORDER: readonly [CueName, RestrictionStatus[]][] = [
  ['immediate', ['announced', 'effective']],
  ['expires', ['deadline']],
  ['inForce', ['effective']],
  ['propose', ['proposed']],
  ['deadline', ['deadline']],
  ['order', ['announced']],
  ['block', ['effective']],
];

/** The comma-delimited clause of a date, within its neighbours' bounds. */
function clauseOf(context: DateContext): string {
  const { left, right } = windows(context);
  const start = left.lastIndexOf(',') + 1;
  const comma = right.indexOf(',');
  return `${left.slice(start)} ${comma < 0 ? right : right.slice(0, comma)}`;
}

/** "under threat of suspension", "threatened to ban": the threat comes before the measure. */
function threatensMeasure(sentence: string, lang: Lang): boolean {
  const threat = cueIndex(sentence, lang, 'propose');
  const measure = cueIndex(sentence, lang, 'restrict');
  return threat >= 0 && (measure < 0 || threat < measure);
}

/** A date with no start or end preposition: what the words of its clause say happened then. */
function onDateStatus(context: DateContext): RestrictionStatus[] {
  const { sentence, lang } = context;
  const clause = clauseOf(context);
  for (const [cue, statuses] of LOCAL_ORDER) if (hasCue(clause, lang, cue)) return statuses;
  if (hasCue(sentence, lang, 'immediate')) return ['announced', 'effective'];
  if (hasCue(sentence, lang, 'inForce')) return ['effective'];
  if (threatensMeasure(sentence, lang)) return ['proposed'];
  // With several dates, a blocking word outside this date's clause belongs to another date:
  // "blocked since 5 June, after the government had suspended it a day earlier".
  if (context.dates.length === 1 && hasCue(sentence, lang, 'block')) return ['effective'];
  return ['announced'];
}

/**
 * "unreachable by Wednesday evening", told afterwards: the block was in force by then. An order
 * to block by a day ("instructed providers to block it by Thursday") sets a deadline instead.
 */
function pastUntilStatus(context: DateContext, mention: DateMention): RestrictionStatus[] | null {
  const { sentence, lang, published } = context;
  if (mention.role !== 'until' || !isPast(mention.date, published)) return null;
  const ordered = hasCue(sentence, lang, 'deadline') || hasCue(sentence, lang, 'order');
  return hasCue(sentence, lang, 'block') && !ordered ? ['effective'] : null;
}

function roleStatus(context: DateContext, mention: DateMention): RestrictionStatus[] {
  if (startsOnlyThen(context, mention)) return ['effective'];
  if (isDurationDate(mention) || mention.role === 'until') return ['deadline'];
  return mention.role === 'from' ? ['effective'] : onDateStatus(context);
}

export function statusesFor(context: DateContext): RestrictionStatus[] {
  const mention = context.dates[context.position]!;
  return (
    courtStatus(context, mention) ??
    liftStatus(context, mention) ??
    delayStatus(context, mention) ??
    rangeEndStatus(context, mention) ??
    pastUntilStatus(context, mention) ??
    roleStatus(context, mention)
  );
}
