import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_SCREEN_KEY, buildFirstScreen } from '../timeline/first-screen';
import { readFirstScreen, settledRead } from './stored-data';

describe('readFirstScreen', () => {
  const today = new Date(2030, 3, 1, 8);
  const store = (value: unknown) => fakeBrowser.storage.local.set({ [FIRST_SCREEN_KEY]: value });

  beforeEach(() => fakeBrowser.reset());

  it('gives the stored snapshot when it is for today', async () => {
    const snapshot = buildFirstScreen([], new Date(2030, 3, 1, 23));
    await store(snapshot);
    const read = readFirstScreen(today);
    expect(await read).toEqual(snapshot);
    // Remembered, so the popup's first render can use it without waiting.
    expect(settledRead(read)).toEqual({ value: snapshot });
  });

  it('gives nothing for another day, another format or no snapshot at all', async () => {
    expect(await readFirstScreen(today)).toBeNull();
    await store(buildFirstScreen([], new Date(2030, 2, 31, 23, 59)));
    expect(await readFirstScreen(today)).toBeNull();
    await store({ version: 0, day: '2030-04-01', timelines: [] });
    expect(await readFirstScreen(today)).toBeNull();
  });
});
