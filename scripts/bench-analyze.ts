/**
 * npm run bench:analyze -- PATH...   (.html files or folders, recursively)
 *
 * Times the gate and the full analysis per page (parsing excluded) and prints page counts,
 * median and p95 in milliseconds.
 */
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../analysis/analyze';
import { gatePage } from '../analysis/gate';
import { parseHtml } from '../analysis/parse-html';
import { listHtmlFiles, readHtml } from './lib/pages';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function summary(label: string, times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = percentile(sorted, 0.5).toFixed(2);
  const p95 = percentile(sorted, 0.95).toFixed(2);
  return `${label.padEnd(10)} pages ${String(times.length).padStart(4)}  median ${median} ms  p95 ${p95} ms`;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function main(paths: readonly string[]): number {
  const files = listHtmlFiles(paths);
  if (files.length === 0) {
    console.error('usage: npm run bench:analyze -- PATH...  (.html files or folders)');
    return 2;
  }
  const gate: number[] = [];
  const full: number[] = [];
  const forced: number[] = [];
  let candidates = 0;
  for (const file of files) {
    const url = pathToFileURL(file).href;
    const doc = parseHtml(readHtml(file));
    const [verdict, gateMs] = time(() => gatePage(doc, url));
    gate.push(gateMs);
    if (verdict.candidate) candidates++;
    full.push(time(() => analyzeDocument(doc, { url, now: new Date() }))[1]);
    forced.push(time(() => analyzeDocument(doc, { url, now: new Date(), force: true }))[1]);
  }
  console.log(`${files.length} pages, ${candidates} pass the gate`);
  console.log(summary('gate', gate));
  console.log(summary('analyze', full));
  console.log(summary('forced', forced));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
