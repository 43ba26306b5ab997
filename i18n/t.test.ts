import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { pickLocale, t, translate, uiLanguage } from './t';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('t', () => {
  it('returns the key when the browser has no i18n (tests, fake browser)', () => {
    expect(t('timelineHeading')).toBe('timelineHeading');
    expect(uiLanguage()).toBe('en');
  });

  it('passes substitutions to browser.i18n and returns its message', () => {
    const getMessage = vi
      .spyOn(browser.i18n, 'getMessage')
      .mockImplementation((key: string, subs?: string | string[]) => `${key}:${String(subs)}`);
    expect(t('sourcesOther', '3')).toBe('sourcesOther:3');
    expect(translate('summary_from', ['Nov 2020'])).toBe('summary_from:Nov 2020');
    expect(getMessage).toHaveBeenCalledWith('sourcesOther', '3');
  });

  it('falls back to the key for an unknown message (empty string from the browser)', () => {
    vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
    expect(translate('no_such_key')).toBe('no_such_key');
  });
});

describe('pickLocale', () => {
  it('keeps the UI locale when the messages are in its language', () => {
    expect(pickLocale('en-GB', 'en')).toBe('en-GB');
    expect(pickLocale('pt-BR', 'pt')).toBe('pt-BR');
  });

  it('follows the catalogue when the browser fell back to another language', () => {
    expect(pickLocale('ja', 'en')).toBe('en');
  });
});
