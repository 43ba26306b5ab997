import { analyzeDocument } from '../analysis/analyze';
import { ANALYZER_GLOBAL } from '../content/analyzer-global';

// Loaded by the content script (content/analyzer-loader.ts) only on pages that pass the gate.
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [ANALYZER_GLOBAL]: { analyzeDocument } });
});
