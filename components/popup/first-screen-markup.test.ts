import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../analysis/parse-html';
import {
  buildMarkup,
  markupNodes,
  parseFirstScreenMarkup,
  type MarkupNode,
} from './first-screen-markup';

const doc = () => parseHtml('<!doctype html><html><body></body></html>');

/** The HTML of what buildMarkup makes of `nodes`, to compare by eye. */
function built(nodes: MarkupNode[]): string {
  const document = doc();
  document.body.append(buildMarkup(document, nodes));
  return document.body.innerHTML;
}

describe('first-screen markup', () => {
  it('round-trips a rendered tree: elements, attributes, texts', () => {
    const html =
      '<section class="panel" aria-labelledby="h"><h2 id="h">Upcoming</h2><p>in 3 days · Mar 1</p></section>';
    const nodes = markupNodes(parseHtml(`<html><body>${html}</body></html>`).body);
    expect(nodes).toEqual([
      [
        'section',
        { class: 'panel', 'aria-labelledby': 'h' },
        [
          ['h2', { id: 'h' }, ['Upcoming']],
          ['p', {}, ['in 3 days · Mar 1']],
        ],
      ],
    ]);
    const document = doc();
    document.body.append(buildMarkup(document, nodes));
    expect(markupNodes(document.body)).toEqual(nodes);
  });

  it('keeps text as text, whatever it says', () => {
    const html = built([['h3', {}, ['<img src=x onerror="alert(1)">']]]);
    expect(html).toBe('<h3>&lt;img src=x onerror="alert(1)"&gt;</h3>');
  });

  it('leaves out what no first screen holds: scripts, frames, handlers, other links', () => {
    const html = built([
      ['script', {}, ['alert(1)']],
      ['iframe', { src: 'https://example.com/' }, []],
      ['a', { href: 'javascript:alert(1)', onclick: 'alert(1)', class: 'link' }, ['x']],
      ['a', { href: 'https://news.example/a' }, ['y']],
      ['div', { style: 'background:url(x)' }, []],
    ]);
    expect(html).toBe('<a class="link">x</a><a href="https://news.example/a">y</a><div></div>');
  });

  it('builds SVG elements in the SVG namespace', () => {
    const document = doc();
    const fragment = buildMarkup(document, [
      ['svg', { viewBox: '0 0 32 32' }, [['circle', { r: '4' }, []]]],
    ]);
    const circle = fragment.firstChild?.firstChild as Element;
    expect(circle.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('accepts only a bounded tree in a named locale', () => {
    const nodes: MarkupNode[] = [['p', {}, ['x']]];
    expect(parseFirstScreenMarkup({ locale: 'de', nodes })).toEqual({ locale: 'de', nodes });
    expect(parseFirstScreenMarkup({ locale: '', nodes })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: [] })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', html: '<p>x</p>' })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: [['p x', {}, []]] })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: [['p', { 'a b': '' }, []]] })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: [['p', {}, [42]]] })).toBeNull();
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: ['x'.repeat(600_000)] })).toBeNull();
    let deep: MarkupNode = 'x';
    for (let i = 0; i < 100; i++) deep = ['div', {}, [deep]];
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: [deep] })).toBeNull();
    const many = Array.from({ length: 30_000 }, (): MarkupNode => 'x');
    expect(parseFirstScreenMarkup({ locale: 'de', nodes: many })).toBeNull();
  });
});
