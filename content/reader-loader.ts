/**
 * The full analyzer (Readability, chrono, gazetteers) is most of the extension's code, and
 * most pages never need it. The content script ships only the gate; pages that pass it load
 * `analyzer.js` (entrypoints/analyzer.ts) once, through a dynamic import of the
 * web-accessible file. The module runs in the content script's isolated world and leaves its
 * API on that world's global object, where only the content script can see it.
 */
import { browser } from 'wxt/browser';
import { ANALYZER_GLOBAL, type Analyzer } from './analyzer-global';

type AnalyzerHost = typeof globalThis & { [ANALYZER_GLOBAL]?: Analyzer };

let loading: Promise<Analyzer> | null = null;

export function loadAnalyzer(): Promise<Analyzer> {
  loading ??= importAnalyzer().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function importAnalyzer(): Promise<Analyzer> {
  const host = globalThis as AnalyzerHost;
  if (!host[ANALYZER_GLOBAL]) {
    await import(/* @vite-ignore */ browser.runtime.getURL('/analyzer.js'));
  }
  const analyzer = host[ANALYZER_GLOBAL];
  if (!analyzer) throw new Error('analyzer.js did not register itself');
  return analyzer;
}
