import { describe, expect, it } from 'vitest';
import type { PageReading } from '../analysis/types';
import { classifySender, parseMessage, RefusedMessage } from './guards';

const EXTENSION_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const reading: PageReading = {
  title: 'Country bans ChatApp',
  url: 'https://news.example/chatapp-ban',
  published: '2030-09-18',
  text: {
    title: 'Country bans ChatApp',
    paragraphs: ['The ban on ChatApp takes effect on Sunday, the ministry said.'],
    siteName: 'News Example',
    declaredLang: 'en',
  },
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
  it('accepts a valid page reading from a content script', () => {
    const message = parseMessage(
      { type: 'page-reading', pageUrl: 'https://news.example/a', reading, userAsked: false },
      'content-script',
    );
    expect(message).toMatchObject({
      type: 'page-reading',
      reading: { title: 'Country bans ChatApp', text: { paragraphs: reading.text!.paragraphs } },
    });
  });

  it('drops a javascript: canonical URL and cleans control characters from a reading', () => {
    const message = parseMessage(
      {
        type: 'page-reading',
        pageUrl: 'https://news.example/a',
        reading: { ...reading, title: 'Bans\u0000 ChatApp', url: 'javascript:alert(1)' },
        userAsked: true,
      },
      'content-script',
    );
    expect(message).toMatchObject({ reading: { title: 'Bans ChatApp', url: null } });
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
    const pageReading = (fields: Record<string, unknown>) => () =>
      parseMessage(
        {
          type: 'page-reading',
          pageUrl: 'https://a.example/',
          reading,
          userAsked: false,
          ...fields,
        },
        'content-script',
      );
    expect(pageReading({ pageUrl: 'javascript:alert(1)' })).toThrow('malformed');
    expect(pageReading({ reading: 'x' })).toThrow('malformed');
    expect(pageReading({ userAsked: 'yes' })).toThrow('malformed');
    expect(
      pageReading({ reading: { ...reading, text: { ...reading.text, paragraphs: [1] } } }),
    ).toThrow('malformed');
    // The old message, in which a content script sent its own results, is no longer accepted.
    expect(() =>
      parseMessage({ type: 'page-report', pageUrl: 'https://a.example/' }, 'content-script'),
    ).toThrow(RefusedMessage);
  });

  it('refuses readings with more text than the content script ever sends', () => {
    const oversized = (paragraphs: string[]) => () =>
      parseMessage(
        {
          type: 'page-reading',
          pageUrl: 'https://a.example/',
          reading: { ...reading, text: { ...reading.text, paragraphs } },
          userAsked: false,
        },
        'content-script',
      );
    expect(oversized(['x'.repeat(30_001)])).toThrow('malformed');
    expect(oversized(Array.from({ length: 5001 }, () => 'x'))).toThrow('malformed');
    expect(oversized(['x'.repeat(30_000)])).not.toThrow();
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
