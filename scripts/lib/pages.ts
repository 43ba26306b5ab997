/**
 * Shared helpers of the analysis CLIs: finding .html files under paths and reading them. They
 * are parsed with analysis/parse-html.ts, as the extension's background parses page snapshots.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Bytes of HTML read per page: bounds parse time on pathological files. */
export const MAX_HTML_BYTES = 8 * 1024 * 1024;

/** Every .html/.htm file under the given files and folders (recursively), sorted per folder. */
export function listHtmlFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const visit = (path: string): void => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (/\.html?$/i.test(path)) {
      out.push(path);
    }
  };
  for (const path of paths) visit(path);
  return out;
}

export function readHtml(file: string): string {
  const buffer = readFileSync(file);
  return buffer.subarray(0, MAX_HTML_BYTES).toString('utf8');
}
