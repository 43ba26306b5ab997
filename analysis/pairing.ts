/**
 * Which app a date belongs to when a sentence names several of each. Usually every app shares
 * every date ("Facebook, X and YouTube, blocked since 2009"); when apps and dates alternate
 * ("for WeChat from Sunday and for TikTok from 12 November") each date takes the apps written
 * before it. A contrastive opening clause ("While WeChat is done for, TikTok could…") that has
 * no date of its own gives its apps none of the others', nor does a causal clause ("…, after a
 * court had blocked WeChat").
 */
import { hasCue, startsWithCue } from './cues';
import type { DateMention } from './dates';
import type { AppMention } from './gazetteer';
import type { Lang } from './types';

export interface AppsAtDate {
  apps: string[];
  /** Index of the date in the sentence's date list. */
  position: number;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

function withoutContrastClause(
  text: string,
  lang: Lang,
  apps: readonly AppMention[],
  dates: readonly DateMention[],
): AppMention[] {
  if (!hasCue(text, lang, 'contrast')) return [...apps];
  const comma = text.indexOf(',');
  if (comma < 0 || dates.some((d) => d.index < comma)) return [...apps];
  const kept = apps.filter((a) => a.index > comma || a.end === 0);
  return kept.length ? kept : [...apps];
}

/** "…, nachdem eine Richterin WeChat…": apps of an undated causal clause are its background. */
function withoutCauseClauses(
  text: string,
  lang: Lang,
  apps: readonly AppMention[],
  dates: readonly DateMention[],
): AppMention[] {
  const clauses: [number, number][] = [];
  let start = 0;
  for (const part of text.split(',')) {
    clauses.push([start, start + part.length]);
    start += part.length + 1;
  }
  const background = clauses.filter(
    ([from, to]) =>
      from > 0 &&
      startsWithCue(text.slice(from, to), lang, 'cause') &&
      !dates.some((d) => d.index >= from && d.index < to),
  );
  const kept = apps.filter(
    (a) => a.end === 0 || !background.some(([from, to]) => a.index >= from && a.index < to),
  );
  return kept.length ? kept : [...apps];
}

/** Apps written between the previous date and this one, per date. */
function segments(apps: readonly AppMention[], dates: readonly DateMention[]): string[][] {
  return dates.map((date, i) => {
    const from = i > 0 ? dates[i - 1]!.end : -1;
    const to = i === dates.length - 1 ? Infinity : date.index;
    return unique(apps.filter((a) => a.index >= from && a.index < to).map((a) => a.app));
  });
}

export function pairAppsWithDates(
  text: string,
  lang: Lang,
  resolved: { apps: readonly AppMention[]; dates: readonly DateMention[] },
): AppsAtDate[] {
  const { dates } = resolved;
  if (dates.length === 0) return [];
  const apps = withoutCauseClauses(
    text,
    lang,
    withoutContrastClause(text, lang, resolved.apps, dates),
    dates,
  );
  const all = unique(apps.map((a) => a.app));
  const explicit = apps.every((a) => a.end > 0);
  const bySegment = explicit ? segments(apps, dates) : [];
  const interleaved = bySegment.filter((group) => group.length > 0).length > 1;
  if (!interleaved) return dates.map((_, position) => ({ apps: all, position }));
  return dates.map((_, position) => {
    const own = bySegment[position]!;
    const next = bySegment.slice(position + 1).find((group) => group.length > 0);
    const previous = bySegment
      .slice(0, position)
      .reverse()
      .find((group) => group.length > 0);
    return { apps: own.length ? own : (next ?? previous ?? all), position };
  });
}
