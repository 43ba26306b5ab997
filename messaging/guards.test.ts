import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis/types';
import { classifySender, parseMessage, RefusedMessage } from './guards';

const EXTENSION_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const result: AnalysisResult = {
  isBanArticle: true,
  score: 0.9,
  lang: 'en',
  published: '2030-09-18',
  title: 'Country bans ChatApp',
  url: 'https://news.example/chatapp-ban',
  siteName: 'News Example',
  events: [
    {
      app: 'TikTok',
      jurisdiction: 'US',
      kind: 'ban',
      status: 'effective',
      date: '2030-09-20',
      evidence: 'The ban takes effect on Sunday.',
    },
  ],
};

describe('classifySender', () => {
  it('knows our extension pages, also when the popup is open in a tab', () => {
    expect(
      classifySender({ id: EXTENSION_ID, url: `${ORIGIN}popup.html` }, EXTENSION_ID, ORIGIN),
    ).toBe('extension-page');
    expect(
      classifySender(
        { id: EXTENSION_ID, url: `${ORIGIN}popup.html`, tab: { id: 3 } },
        EXTENSION_ID,
        ORIGIN,
      ),
    ).toBe('extension-page');
  });

  it('knows our content script in the top frame of a web page', () => {
    const sender = { id: EXTENSION_ID, url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
    expect(classifySender(sender, EXTENSION_ID, ORIGIN)).toBe('content-script');
  });

  it('refuses other extensions, frames and odd pages', () => {
    const page = { url: 'https://news.example/a', tab: { id: 7 }, frameId: 0 };
    expect(classifySender({ ...page, id: 'someone-else' }, EXTENSION_ID, ORIGIN)).toBeNull();
    expect(
      classifySender({ ...page, id: EXTENSION_ID, frameId: 3 }, EXTENSION_ID, ORIGIN),
    ).toBeNull();
    expect(
      classifySender(
        { ...page, id: EXTENSION_ID, url: 'file:///etc/passwd' },
        EXTENSION_ID,
        ORIGIN,
      ),
    ).toBeNull();
    expect(
      classifySender({ id: EXTENSION_ID, url: 'https://news.example/a' }, EXTENSION_ID, ORIGIN),
    ).toBeNull();
  });
});

describe('parseMessage', () => {
  it('accepts a valid page report from a content script', () => {
    const message = parseMessage(
      { type: 'page-report', pageUrl: 'https://news.example/a', result },
      'content-script',
    );
    expect(message).toMatchObject({
      type: 'page-report',
      result: { title: 'Country bans ChatApp' },
    });
  });

  it('lets content scripts neither change nor read stored data', () => {
    for (const type of [
      'clear-all',
      'delete-article',
      'import-data',
      'dismiss-article',
      'get-tab-report',
    ]) {
      expect(() =>
        parseMessage(
          { type, articleId: 'x', json: '{}', url: 'https://a.example/', tabId: 1 },
          'content-script',
        ),
      ).toThrow(RefusedMessage);
    }
  });

  it('refuses forged or malformed messages with a reason', () => {
    expect(() => parseMessage(null, 'extension-page')).toThrow('not a message');
    expect(() => parseMessage({ type: 'drop-tables' }, 'extension-page')).toThrow(RefusedMessage);
    expect(() => parseMessage({ type: 'analyze-tab', tabId: -1 }, 'extension-page')).toThrow(
      'malformed',
    );
    expect(() =>
      parseMessage({ type: 'dismiss-article', url: 'javascript:alert(1)' }, 'extension-page'),
    ).toThrow('malformed');
    expect(() =>
      parseMessage(
        { type: 'page-report', pageUrl: 'javascript:alert(1)', result },
        'content-script',
      ),
    ).toThrow('malformed');
    expect(() =>
      parseMessage(
        { type: 'page-report', pageUrl: 'https://a.example/', result: 'x' },
        'content-script',
      ),
    ).toThrow('malformed');
  });

  it('refuses oversized payloads', () => {
    const huge = 'x'.repeat(20_000_001);
    expect(() => parseMessage({ type: 'import-data', json: huge }, 'extension-page')).toThrow(
      'malformed',
    );
    const longUrl = `https://a.example/${'x'.repeat(5000)}`;
    expect(() => parseMessage({ type: 'dismiss-article', url: longUrl }, 'extension-page')).toThrow(
      'malformed',
    );
  });
});
