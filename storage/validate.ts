/**
 * Trust nothing that crosses a boundary: a content script's report (its page may be hostile)
 * and an import file are checked field by field here before anything is stored.
 *
 * Identifiers (app, jurisdiction, kind, status, date, URLs) must be well-formed or the item is
 * refused. Free text (title, evidence, site name) is made plain: control characters become
 * spaces, runs of whitespace collapse. Reports truncate over-long text (a long sentence is no
 * reason to lose a report); imports refuse it (an export never contains it).
 */
import {
  RESTRICTION_KINDS,
  RESTRICTION_STATUSES,
  SUPPORTED_LANGS,
  type AnalysisResult,
  type Lang,
  type RestrictionEvent,
} from '../analysis/types';

export const LIMITS = {
  title: 500,
  evidence: 1000,
  siteName: 200,
  app: 100,
  url: 2048,
  eventsPerArticle: 200,
} as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; field: string; reason: string };
export type TextPolicy = 'truncate' | 'refuse';

const JURISDICTION = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?)$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Control characters, line separators and bidi overrides (which can disguise text). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const fail = <T>(field: string, reason: string): Checked<T> => ({ ok: false, field, reason });

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain single-line text: control characters removed, whitespace collapsed. */
function plainText(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

export function checkText(
  value: unknown,
  field: string,
  max: number,
  policy: TextPolicy,
): Checked<string> {
  if (typeof value !== 'string') return fail(field, 'not a string');
  const tooLong = fail<string>(field, `longer than ${max} characters`);
  // Far too long is refused (or cut) before cleaning: a hostile 100 MB string costs no more
  // than a short one.
  if (value.length > max * 2 && policy === 'refuse') return tooLong;
  const text = plainText(value.length > max * 2 ? value.slice(0, max * 2) : value);
  if (text.length <= max) return ok(text);
  if (policy === 'refuse') return tooLong;
  return ok(`${text.slice(0, max - 1)}…`);
}

/** The URL if it is an absolute http(s) URL of sane length, else null (`javascript:` etc.). */
export function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > LIMITS.url) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD, YYYY-MM or YYYY naming a real calendar date between 1900 and 2199. */
export function isEventDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number?, number?];
  if (year < 1900 || year > 2199) return false;
  if (month === undefined || Number.isNaN(month)) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined || Number.isNaN(day)) return true;
  return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isDayDate(value: unknown): value is string {
  return isEventDate(value) && value.length === 10;
}

/** ISO 3166-1 alpha-2 ("US"), an ISO 3166-2 subdivision ("US-MT"), or "EU". */
export function isJurisdiction(value: unknown): value is string {
  return typeof value === 'string' && JURISDICTION.test(value);
}

export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return (allowed as readonly unknown[]).includes(value);
}

export function isLang(value: unknown): value is Lang {
  return isOneOf(value, SUPPORTED_LANGS);
}

function checkEnum<T extends string>(
  value: unknown,
  field: string,
  allowed: readonly T[],
): Checked<T> {
  return isOneOf(value, allowed) ? ok(value) : fail(field, `not one of ${allowed.join(', ')}`);
}

/** One event, every field checked; `field` in a failure names the offending property. */
export function checkEvent(raw: unknown, policy: TextPolicy): Checked<RestrictionEvent> {
  if (!isObject(raw)) return fail('', 'not an object');
  const app = checkText(raw.app, 'app', LIMITS.app, 'refuse');
  if (!app.ok) return app;
  if (app.value === '') return fail('app', 'empty');
  if (!isJurisdiction(raw.jurisdiction)) {
    return fail('jurisdiction', 'not an ISO 3166 code or EU');
  }
  const kind = checkEnum(raw.kind, 'kind', RESTRICTION_KINDS);
  if (!kind.ok) return kind;
  const status = checkEnum(raw.status, 'status', RESTRICTION_STATUSES);
  if (!status.ok) return status;
  if (!isEventDate(raw.date)) return fail('date', 'not YYYY-MM-DD, YYYY-MM or YYYY');
  const evidence = checkText(raw.evidence, 'evidence', LIMITS.evidence, policy);
  if (!evidence.ok) return evidence;
  return ok({
    app: app.value,
    jurisdiction: raw.jurisdiction,
    kind: kind.value,
    status: status.value,
    date: raw.date,
    evidence: evidence.value,
  });
}

function optionalText(value: unknown, max: number): string | null {
  if (value === null || value === undefined) return null;
  const text = checkText(value, '', max, 'truncate');
  return text.ok && text.value !== '' ? text.value : null;
}

/**
 * A report as the background may store it, or null when its shape is wrong. Malformed
 * optional fields become null and malformed events are dropped, so one bad field does not
 * lose the rest; more than LIMITS.eventsPerArticle events is not something our analyzer
 * produces, so such a report is refused whole.
 */
export function sanitizeAnalysisResult(raw: unknown): AnalysisResult | null {
  if (!isObject(raw) || typeof raw.isBanArticle !== 'boolean') return null;
  if (typeof raw.score !== 'number' || !Number.isFinite(raw.score)) return null;
  if (!Array.isArray(raw.events) || raw.events.length > LIMITS.eventsPerArticle) return null;
  const title = checkText(raw.title, 'title', LIMITS.title, 'truncate');
  if (!title.ok) return null;
  const events = raw.events.flatMap((event) => {
    const checked = checkEvent(event, 'truncate');
    return checked.ok ? [checked.value] : [];
  });
  return {
    isBanArticle: raw.isBanArticle,
    score: Math.min(1, Math.max(0, raw.score)),
    lang: isLang(raw.lang) ? raw.lang : null,
    published: isDayDate(raw.published) ? raw.published : null,
    title: title.value,
    url: httpUrlOrNull(raw.url),
    siteName: optionalText(raw.siteName, LIMITS.siteName),
    events,
  };
}
