/**
 * The popup's first screen, prerendered by the background (prerender.tsx), as it is stored and
 * shown: not as HTML but as a tree of elements, attributes and texts, which the popup turns into
 * DOM nodes with createElement and createTextNode. No HTML is parsed in the popup, so stored
 * text can only ever become text. The tree comes from `storage.session`, which pages and
 * content scripts cannot reach; it is still checked here, and what no first screen contains
 * (script, frames, event handler attributes, links other than http(s)) is left out.
 */
import { safeHttpUrl } from '../safe-url';

/** The `browser.storage.session` key, next to the snapshot's (timeline/first-screen.ts). */
export const FIRST_SCREEN_MARKUP_KEY = 'firstScreenMarkup';

/** A text, or an element: its tag, its attributes and its children. */
export type MarkupNode = string | MarkupElement;
export type MarkupElement = [
  tag: string,
  attributes: Record<string, string>,
  children: MarkupNode[],
];

/** The first screen rendered in the UI language `locale`. */
export interface FirstScreenMarkup {
  locale: string;
  nodes: MarkupNode[];
}

/** Bounds of a stored tree: a first screen has a few hundred elements. */
const LIMITS = { nodes: 20_000, depth: 64, text: 500_000, attribute: 2_000 };

const TAG = /^[a-z][a-z0-9-]*$/i;
const ATTRIBUTE = /^[a-z][a-z0-9:._-]*$/i;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Elements that run, load or embed something: never part of a first screen. */
const DENIED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'foreignobject',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** The tree of `parent`'s children. Comments are left out: React needs none to hydrate. */
export function markupNodes(parent: ParentNode): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === 3) nodes.push((child as Text).data);
    else if (child.nodeType === 1) {
      const element = child as Element;
      const attributes: Record<string, string> = {};
      for (const { name, value } of Array.from(element.attributes)) attributes[name] = value;
      nodes.push([element.localName, attributes, markupNodes(element)]);
    }
  }
  return nodes;
}

/** A stored value, or null unless it is a tree within the bounds, in a named locale. */
export function parseFirstScreenMarkup(value: unknown): FirstScreenMarkup | null {
  if (typeof value !== 'object' || value === null) return null;
  const { locale, nodes } = value as Record<string, unknown>;
  if (typeof locale !== 'string' || locale.length === 0 || locale.length > 35) return null;
  const budget = { nodes: LIMITS.nodes, text: LIMITS.text };
  return isNodeList(nodes, 0, budget) && nodes.length > 0 ? { locale, nodes } : null;
}

function isNodeList(
  value: unknown,
  depth: number,
  budget: { nodes: number; text: number },
): value is MarkupNode[] {
  if (!Array.isArray(value) || depth > LIMITS.depth) return false;
  return value.every((node: unknown) => {
    if (--budget.nodes < 0) return false;
    if (typeof node === 'string') return (budget.text -= node.length) >= 0;
    if (!Array.isArray(node) || node.length !== 3) return false;
    const [tag, attributes, children] = node as unknown[];
    return (
      typeof tag === 'string' &&
      TAG.test(tag) &&
      isAttributeMap(attributes) &&
      isNodeList(children, depth + 1, budget)
    );
  });
}

function isAttributeMap(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(
    ([name, text]) =>
      ATTRIBUTE.test(name) && typeof text === 'string' && text.length <= LIMITS.attribute,
  );
}

/** The DOM nodes of a tree, for `doc`; SVG elements in their namespace. */
export function buildMarkup(doc: Document, nodes: readonly MarkupNode[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  append(doc, fragment, nodes, false);
  return fragment;
}

function append(doc: Document, parent: Node, nodes: readonly MarkupNode[], svg: boolean): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      parent.appendChild(doc.createTextNode(node));
      continue;
    }
    const [tag, attributes, children] = node;
    if (DENIED_TAGS.has(tag.toLowerCase())) continue;
    const inSvg = svg || tag === 'svg';
    const element = inSvg ? doc.createElementNS(SVG_NS, tag) : doc.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (isAllowedAttribute(name, value)) element.setAttribute(name, value);
    }
    append(doc, element, children, inSvg);
    parent.appendChild(element);
  }
}

function isAllowedAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') return false;
  return !URL_ATTRIBUTES.has(lower) || safeHttpUrl(value) !== null;
}
