import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('keeps http and https URLs', () => {
    expect(safeHttpUrl('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(safeHttpUrl('http://news.example/')).toBe('http://news.example/');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<b>x</b>',
    'chrome-extension://abc/popup.html',
    'file:///etc/passwd',
    '/relative/path',
    'not a url',
    '',
    null,
  ])('refuses %s', (url) => {
    expect(safeHttpUrl(url)).toBeNull();
  });
});
