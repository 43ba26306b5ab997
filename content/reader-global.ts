import type { ReadOptions } from '../analysis/read-page';
import type { PageReading } from '../analysis/types';

/** The API reader.js leaves on the content script's global object: the DOM half of the analysis. */
export interface PageReader {
  readPage(doc: Document, options: ReadOptions): PageReading;
}

export const READER_GLOBAL = '__banRadarReader';
