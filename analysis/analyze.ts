/**
 * The whole analysis pipeline in one call, for the CLI, the benchmarks and the tests: gate →
 * page text → language → publication date → sentences → events → detection. DOM in, result
 * out; no browser APIs, and the document is never modified. The extension runs the same two
 * halves in two places: readPage in the content script, analyzeReading in the background.
 */
import { analyzeReading } from './analyze-reading';
import { readPage, type ReadOptions } from './read-page';
import type { AnalysisResult } from './types';

export interface AnalyzeOptions extends ReadOptions {
  /** The visit's time: relative dates on pages without a publication date count from it. */
  now: Date;
}

export function analyzeDocument(doc: Document, options: AnalyzeOptions): AnalysisResult {
  return analyzeReading(readPage(doc, options), options);
}
