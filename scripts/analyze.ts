/**
 * npm run analyze -- PATH...   (.html files or folders, recursively)
 *
 * Prints one JSON line per page: {"file","isBanArticle","score","lang","published","title","url",
 * "events"}, through the same analyzeDocument the extension runs. A page that fails prints a line
 * with "error" and the others go on. "now" is the file's modification time.
 */
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeDocument } from '../analysis/analyze';
import { parseHtml } from '../analysis/parse-html';
import { listHtmlFiles, readHtml } from './lib/pages';

function analyzeFile(file: string): Record<string, unknown> {
  const doc = parseHtml(readHtml(file));
  const result = analyzeDocument(doc, {
    url: pathToFileURL(file).href,
    now: statSync(file).mtime,
    force: false,
  });
  const { isBanArticle, score, lang, published, title, url } = result;
  const events = result.events.map(({ app, jurisdiction, kind, status, date, evidence }) => ({
    app,
    jurisdiction,
    kind,
    status,
    date,
    evidence,
  }));
  return { file, isBanArticle, score, lang, published, title, url, events };
}

function main(paths: readonly string[]): number {
  if (paths.length === 0) {
    console.error('usage: npm run analyze -- PATH...  (.html files or folders)');
    return 2;
  }
  let failures = 0;
  for (const file of listHtmlFiles(paths)) {
    try {
      console.log(JSON.stringify(analyzeFile(file)));
    } catch (error) {
      failures++;
      console.log(JSON.stringify({ file, error: String(error) }));
    }
  }
  return failures ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
