import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceLink } from './SourceLink';

describe('SourceLink', () => {
  it('links http(s) articles in a new tab without opener or referrer', () => {
    const html = renderToStaticMarkup(
      <SourceLink url="https://news.example/chirpa" title="Chirpa banned" />,
    );
    expect(html).toBe(
      '<a class="source-title" href="https://news.example/chirpa" target="_blank" rel="noopener noreferrer">Chirpa banned</a>',
    );
  });

  it('shows any other URL as plain text, and page text never as HTML', () => {
    const html = renderToStaticMarkup(
      <SourceLink url="javascript:alert(1)" title={'<img src=x onerror="alert(1)">'} />,
    );
    expect(html).not.toContain('<a');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
