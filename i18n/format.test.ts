import { describe, expect, it } from 'vitest';
import {
  flagEmoji,
  formatDaysLeft,
  formatList,
  formatTimestampDate,
  jurisdictionName,
  pluralCategory,
} from './format';

describe('jurisdictionName', () => {
  it('names countries, the EU and subdivisions in the UI language', () => {
    expect(jurisdictionName('US', 'en')).toBe('United States');
    expect(jurisdictionName('EU', 'en')).toBe('European Union');
    expect(jurisdictionName('US-MT', 'en')).toBe('United States (MT)');
    expect(jurisdictionName('US', 'de')).toBe('Vereinigte Staaten');
  });

  it('falls back to the code for something that is not a region', () => {
    expect(jurisdictionName('??', 'en')).toBe('??');
  });
});

describe('flagEmoji', () => {
  it('builds the flag from the region letters, subdivisions included', () => {
    expect(flagEmoji('US')).toBe('🇺🇸');
    expect(flagEmoji('US-MT')).toBe('🇺🇸');
    expect(flagEmoji('EU')).toBe('🇪🇺');
    expect(flagEmoji('1')).toBe('');
  });
});

describe('formatDaysLeft', () => {
  it('words the days in the UI language', () => {
    expect(formatDaysLeft(0, 'en')).toBe('today');
    expect(formatDaysLeft(1, 'en')).toBe('tomorrow');
    expect(formatDaysLeft(12, 'en')).toBe('in 12 days');
    expect(formatDaysLeft(12, 'de')).toBe('in 12 Tagen');
  });
});

describe('pluralCategory', () => {
  it('follows the language rules (French counts 0 as singular)', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(0, 'en')).toBe('other');
    expect(pluralCategory(0, 'fr')).toBe('one');
    expect(pluralCategory(3, 'de')).toBe('other');
  });
});

describe('formatList and formatTimestampDate', () => {
  it('joins with the language conjunction', () => {
    expect(formatList(['Nov 2020', '2021'], 'en')).toBe('Nov 2020 and 2021');
    expect(formatList(['nov. 2020', '2021'], 'fr')).toBe('nov. 2020 et 2021');
  });

  it('shows an ISO timestamp as a date and keeps garbage as it is', () => {
    expect(formatTimestampDate('2026-11-01T12:00:00Z', 'en')).toMatch(/2026/);
    expect(formatTimestampDate('not a date', 'en')).toBe('not a date');
  });
});
