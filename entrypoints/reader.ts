import { readPage } from '../analysis/read-page';
import { READER_GLOBAL, type PageReader } from '../content/reader-global';

// Loaded by the content script (content/reader-loader.ts) only on pages that pass the gate.
export default defineUnlistedScript(() => {
  const reader: PageReader = { readPage };
  Object.assign(globalThis, { [READER_GLOBAL]: reader });
});
