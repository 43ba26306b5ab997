import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_HANDLE, type PageRequest, type TabReport } from '../messaging/protocol';
import { askTab } from './page-reports';
import { forgetTab, rememberTabReport } from './tab-reports';

const TAB = 7;
const skipped: TabReport = { status: 'skipped', pageUrl: 'https://news.example/a', result: null };

type Injection = {
  target: { tabId: number; frameIds: number[] };
  func?: (name: string, request: PageRequest) => unknown;
  args?: [string, PageRequest];
  files?: string[];
};

/** The test's own global scope stands in for the content script's isolated world. */
const world = globalThis as Record<string, unknown>;

/**
 * A tab as executeScript sees it: `handle` is what the content script left in its world
 * (undefined: no content script); injecting the content script's file leaves `injected`.
 */
function fakeTab(handle?: (request: PageRequest) => unknown, injected?: typeof handle) {
  world[PAGE_HANDLE] = handle;
  const calls: Injection[] = [];
  const executeScript = vi.fn(async (injection: Injection) => {
    calls.push(injection);
    if (injection.files) {
      world[PAGE_HANDLE] = injected;
      return [{ frameId: 0, result: undefined }];
    }
    return [{ frameId: 0, result: await injection.func!(...injection.args!) }];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return { calls };
}

/** The tab's document as the function executeScript runs sees it. */
function showsDocument(contentType: string, protocol: string) {
  vi.stubGlobal('document', { contentType });
  vi.stubGlobal('location', { protocol });
}

describe('askTab', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await forgetTab(TAB);
    showsDocument('text/html', 'https:');
  });
  afterEach(() => {
    delete world[PAGE_HANDLE];
    vi.unstubAllGlobals();
  });

  it("answers with the content script's report", async () => {
    fakeTab(() => skipped);
    expect(await askTab(TAB, 'page-status')).toEqual(skipped);
  });

  it('calls unread a web page without the content script, and does not touch it', async () => {
    const { calls } = fakeTab();
    expect((await askTab(TAB, 'page-status')).status).toBe('unread');
    expect(calls.some((call) => call.files)).toBe(false);
  });

  it('starts the content script in such a page when asked to analyse it', async () => {
    const reported: TabReport = { ...skipped, status: 'reported' };
    const { calls } = fakeTab(undefined, (request) =>
      request === 'analyze-now' ? reported : null,
    );
    expect(await askTab(TAB, 'analyze-now')).toEqual(reported);
    expect(calls.map((call) => call.files ?? call.args)).toEqual([
      [PAGE_HANDLE, 'analyze-now'],
      ['/page-watcher.js'],
      [PAGE_HANDLE, 'analyze-now'],
    ]);
    expect(calls.every((call) => call.target.tabId === TAB && call.target.frameIds[0] === 0)).toBe(
      true,
    );
  });

  it('calls unsupported a tab no script can reach, unless it reported earlier', async () => {
    Object.assign(fakeBrowser, {
      scripting: { executeScript: vi.fn().mockRejectedValue(new Error('Cannot access')) },
    });
    expect((await askTab(TAB, 'page-status')).status).toBe('unsupported');
    await rememberTabReport(TAB, skipped);
    expect(await askTab(TAB, 'page-status')).toEqual(skipped);
  });

  it('calls unsupported a document no content script runs in, and starts none there', async () => {
    const documents: [string, string][] = [
      ['image/png', 'https:'],
      ['text/html', 'file:'],
    ];
    for (const [contentType, protocol] of documents) {
      showsDocument(contentType, protocol);
      const { calls } = fakeTab();
      expect((await askTab(TAB, 'analyze-now')).status).toBe('unsupported');
      expect(calls.some((call) => call.files)).toBe(false);
    }
  });

  it('does not take a malformed answer for a report', async () => {
    fakeTab(() => ({ status: '<img onerror=alert(1)>' }));
    expect((await askTab(TAB, 'page-status')).status).toBe('unsupported');
  });
});
