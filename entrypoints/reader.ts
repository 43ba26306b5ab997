import { analyzeReading, readPage } from '../analysis/analyze';
import { ANALYZER_GLOBAL, type Analyzer } from '../content/analyzer-global';

// Loaded by the content script (content/analyzer-loader.ts) only on pages that pass the gate.
export default defineUnlistedScript(() => {
  const analyzer: Analyzer = { readPage, analyzeReading };
  Object.assign(globalThis, { [ANALYZER_GLOBAL]: analyzer });
});
