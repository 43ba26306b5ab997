/**
 * Whether a page is worth the full analysis: its lead talks about restricting an app it names
 * (lead-gate.ts, which the content script runs on every page) and it looks like an article to
 * Readability's quick check (run here, in the background and the CLI, on the few pages whose
 * lead passed).
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { gateLead, type GateResult } from './lead-gate';

/** Visibility as Readability's own check sees it, without layout (works in Node DOMs too). */
function isVisible(node: Node): boolean {
  const element = node as Element;
  if (typeof element.getAttribute !== 'function') return true;
  if (element.hasAttribute('hidden')) return false;
  const style = element.getAttribute('style') ?? '';
  return !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function gatePage(doc: Document, url: string): GateResult {
  const lead = gateLead(doc, url);
  if (!lead.candidate) return lead;
  // Short news items fall below Readability's default threshold: ask for less.
  const readerable = isProbablyReaderable(doc, {
    minContentLength: 100,
    minScore: 10,
    visibilityChecker: isVisible,
  });
  if (!readerable) return { candidate: false, reason: 'not an article' };
  return { candidate: true, reason: 'restriction words in an article' };
}
