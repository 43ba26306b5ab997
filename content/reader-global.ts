import type { AnalyzeOptions, PageReading } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';

/** The API analyzer.js leaves on the content script's global object: the two halves of
 * analyzeDocument, so the content script can run them in separate idle periods. */
export interface Analyzer {
  readPage(doc: Document, options: AnalyzeOptions): PageReading;
  analyzeReading(reading: PageReading, options: AnalyzeOptions): AnalysisResult;
}

export const ANALYZER_GLOBAL = '__banRadarAnalyzer';
