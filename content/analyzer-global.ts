import type { AnalyzeOptions } from '../analysis/analyze';
import type { AnalysisResult } from '../analysis/types';

/** The API analyzer.js leaves on the content script's global object. */
export interface Analyzer {
  analyzeDocument(doc: Document, options: AnalyzeOptions): AnalysisResult;
}

export const ANALYZER_GLOBAL = '__banRadarAnalyzer';
