import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_SCREEN_KEY, buildFirstScreen } from '../timeline/first-screen';
import { FIRST_SCREEN_MARKUP_KEY, type MarkupNode } from './popup/first-screen-markup';
import { readFirstScreen } from './first-screen-read';

describe('readFirstScreen', () => {
  const today = new Date(2030, 3, 1, 8);
  const snapshot = buildFirstScreen([], new Date(2030, 3, 1, 23));
  const store = (value: unknown, markup?: unknown) =>
    fakeBrowser.storage.session.set({
      [FIRST_SCREEN_KEY]: value,
      ...(markup !== undefined && { [FIRST_SCREEN_MARKUP_KEY]: markup }),
    });

  beforeEach(() => fakeBrowser.reset());

  it('gives the stored snapshot when it is for today, with its markup in the same language', async () => {
    const nodes: MarkupNode[] = [['header', { class: 'app-header' }, ['Ban Radar']]];
    await store(snapshot, { locale: 'de', nodes });
    expect(await readFirstScreen(today, 'de')).toEqual({ snapshot, markup: nodes });
    // Markup in another language is not shown: the popup renders the snapshot itself.
    expect(await readFirstScreen(today, 'fr')).toEqual({ snapshot, markup: null });
  });

  it('gives the snapshot without markup when the markup is missing or malformed', async () => {
    await store(snapshot);
    expect(await readFirstScreen(today, 'en')).toEqual({ snapshot, markup: null });
    await store(snapshot, { locale: 'en', html: '<header>Ban Radar</header>' });
    expect(await readFirstScreen(today, 'en')).toEqual({ snapshot, markup: null });
    await store(snapshot, { locale: 'en', nodes: ['x'.repeat(600_000)] });
    expect(await readFirstScreen(today, 'en')).toEqual({ snapshot, markup: null });
  });

  it('gives nothing for another day, another format or no snapshot at all', async () => {
    expect(await readFirstScreen(today, 'en')).toBeNull();
    await store(buildFirstScreen([], new Date(2030, 2, 31, 23, 59)), {
      locale: 'en',
      nodes: ['x'],
    });
    expect(await readFirstScreen(today, 'en')).toBeNull();
    await store({ version: 0, day: '2030-04-01', timelines: [] });
    expect(await readFirstScreen(today, 'en')).toBeNull();
  });

  it('ignores what content scripts can write: a snapshot in storage.local', async () => {
    await fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: snapshot });
    expect(await readFirstScreen(today, 'en')).toBeNull();
  });
});
