import { describe, expect, it } from 'vitest';
import { classifySender, parseMessage, RefusedMessage } from './guards';
import { MAX_SNAPSHOT_CHARS } from './protocol';

const EXTENSION_ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

const html =
  '<!DOCTYPE html><html><head><title>Country bans ChatApp</title></head><body></body></html>';

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
  it('accepts a page copy from a content script', () => {
    const message = parseMessage(
      { type: 'page-snapshot', pageUrl: 'https://news.example/a', html, extra: 'dropped' },
      'content-script',
    );
    expect(message).toEqual({
      type: 'page-snapshot',
      pageUrl: 'https://news.example/a',
      html,
      requested: false,
    });
    expect(
      parseMessage(
        { type: 'page-snapshot', pageUrl: 'https://news.example/a', html, requested: true },
        'content-script',
      ),
    ).toMatchObject({ requested: true });
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
    const pageCopy = (fields: Record<string, unknown>) => () =>
      parseMessage(
        { type: 'page-snapshot', pageUrl: 'https://a.example/', html, ...fields },
        'content-script',
      );
    expect(pageCopy({ pageUrl: 'javascript:alert(1)' })).toThrow('malformed');
    expect(pageCopy({ html: { nodeType: 9 } })).toThrow('malformed');
    expect(pageCopy({ html: '' })).toThrow('malformed');
    expect(pageCopy({ requested: 'yes' })).toThrow('malformed');
    // The old message, in which a content script sent its own results, is no longer accepted.
    expect(() =>
      parseMessage({ type: 'page-report', pageUrl: 'https://a.example/' }, 'content-script'),
    ).toThrow(RefusedMessage);
  });

  it('refuses oversized payloads', () => {
    const copy = (size: number) => () =>
      parseMessage(
        {
          type: 'page-snapshot',
          pageUrl: 'https://a.example/',
          html: 'x'.repeat(size),
        },
        'content-script',
      );
    expect(copy(MAX_SNAPSHOT_CHARS)).not.toThrow();
    expect(copy(MAX_SNAPSHOT_CHARS + 1)).toThrow('malformed');
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
