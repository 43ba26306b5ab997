import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageText, pageTitle } from './text';

const parse = (html: string): Document =>
  new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

const body = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>Body paragraph ${i + 1} explains the background of the decision in some detail, quoting officials, experts and users who were affected by the measure.</p>`,
).join('');

const html = `<html lang="en-GB"><head><title>Regulator blocks app | Daily Example</title>
<meta name="description" content="The regulator blocked the photo app Snapwise on Friday, effective immediately, citing privacy.">
<meta property="og:site_name" content="Daily Example"></head><body>
<nav><p>Home World Business Technology Sport Culture Video Podcasts Newsletters</p></nav>
<div class="intro"><p>From Monday, the photo app Snapwise can no longer be downloaded in the country, the regulator said.</p></div>
<article><h1>Regulator blocks app</h1>${body}</article>
<div class="comments"><p>This comment is long enough to look like a paragraph but it is only reader chatter.</p></div>
</body></html>`;

describe('extractPageText', () => {
  const text = extractPageText(parse(html), 100_000);

  it('keeps the lead paragraph and the meta description', () => {
    expect(text.paragraphs.some((p) => p.startsWith('From Monday, the photo app Snapwise'))).toBe(
      true,
    );
    expect(text.paragraphs.some((p) => p.startsWith('The regulator blocked the photo app'))).toBe(
      true,
    );
  });

  it('keeps the article body in order and leaves out navigation and comments', () => {
    const bodyParagraphs = text.paragraphs.filter((p) => p.startsWith('Body paragraph'));
    expect(bodyParagraphs).toHaveLength(6);
    expect(bodyParagraphs[0]).toMatch(/^Body paragraph 1 /);
    expect(text.paragraphs.some((p) => p.includes('reader chatter'))).toBe(false);
    expect(text.paragraphs.some((p) => p.includes('Newsletters'))).toBe(false);
  });

  it('reads title, site name and declared language', () => {
    expect(text.title).toBe('Regulator blocks app');
    expect(text.siteName).toBe('Daily Example');
    expect(text.declaredLang).toBe('en-GB');
  });

  it('caps the text', () => {
    const capped = extractPageText(parse(html), 300);
    expect(capped.paragraphs.join('').length).toBeLessThanOrEqual(300);
  });

  it('does not modify the document', () => {
    const doc = parse(html);
    const before = doc.documentElement.outerHTML;
    extractPageText(doc, 100_000);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pageTitle', () => {
  it('strips the site name from <title> when there is no better headline', () => {
    expect(
      pageTitle(
        parse(
          '<html><head><title>App banned – The Example Times</title></head><body></body></html>',
        ),
      ),
    ).toBe('App banned');
  });
});
