import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeError, sendMessage } from './messaging';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sendMessage', () => {
  it('returns the background reply', async () => {
    // The fake browser delivers a listener's returned promise as the reply.
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: true, value: null }));
    expect(await sendMessage<null>({ type: 'clear-all' })).toEqual({ ok: true, value: null });
  });

  it('turns a missing background or a malformed reply into a failed reply', async () => {
    expect((await sendMessage({ type: 'clear-all' })).ok).toBe(false);
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('nonsense'));
    expect((await sendMessage({ type: 'clear-all' })).ok).toBe(false);
  });
});

describe('describeError', () => {
  it('names the storage problems and wraps anything else', () => {
    expect(describeError('storage-full')).toBe('storageFull');
    expect(describeError('storage-unavailable')).toBe('storageUnavailable');
    expect(describeError('boom')).toBe('actionFailed');
  });
});
