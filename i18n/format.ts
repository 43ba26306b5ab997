/**
 * Locale-aware formatting for the UI, all through Intl and all pure (the locale is a
 * parameter). Formatters are cached because the timeline formats thousands of values.
 * Event dates use the timeline's own `formatDate` (timeline/summary-line.ts), so the summary
 * line and the entries always agree.
 */
const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

/** An ISO timestamp as a local calendar date ("26 Nov 2026"). */
export function formatTimestampDate(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const format = cached(
    `stamp:${locale}`,
    () => new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }),
  );
  return format.format(time);
}

/** "today", "tomorrow", "in 12 days". */
export function formatDaysLeft(days: number, locale: string): string {
  const format = cached(
    `rel:${locale}`,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  return format.format(days, 'day');
}

/** Regional-indicator flag for a two-letter region ("US" → 🇺🇸; "EU" has one too). */
export function flagEmoji(jurisdiction: string): string {
  const region = jurisdiction.slice(0, 2).toUpperCase();
  if (!/^[A-Z]{2}$/.test(region)) return '';
  return String.fromCodePoint(...[...region].map((letter) => 0x1f1a5 + letter.charCodeAt(0)));
}

/**
 * The jurisdiction's name in the UI language: "United States", "European Union", and for a
 * subdivision ("US-MT") the country followed by the subdivision code, "United States (MT)".
 */
export function jurisdictionName(jurisdiction: string, locale: string): string {
  const [region = '', subdivision] = jurisdiction.toUpperCase().split('-');
  let name = region;
  try {
    const names = cached(
      `region:${locale}`,
      () => new Intl.DisplayNames(locale, { type: 'region', fallback: 'code' }),
    );
    name = names.of(region) ?? region;
  } catch {
    // Not a valid region code: show the code as stored.
  }
  return subdivision ? `${name} (${subdivision})` : name;
}

/** Picks the plural category's message: `one` for 1 (and 0 in French), else `other`. */
export function pluralCategory(count: number, locale: string): 'one' | 'other' {
  const rules = cached(`plural:${locale}`, () => new Intl.PluralRules(locale));
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/** "12 Nov 2020, Dec 2020 and 2021" in the UI language. */
export function formatList(items: string[], locale: string): string {
  const format = cached(
    `list:${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  );
  return format.format(items);
}
