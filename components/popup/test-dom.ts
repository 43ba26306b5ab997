/**
 * A linkedom document as the global DOM, so component tests can mount React (react-dom/client)
 * in Node and follow state changes, which static rendering cannot. Import it before anything
 * that loads react-dom/client: React checks for a DOM when it is loaded.
 */
import { parseHTML } from 'linkedom';

const { window, document } = parseHTML('<!doctype html><html><body></body></html>');
// React reads location and navigator once, for its developer-tools hint.
Object.assign(window, { location: new URL('chrome-extension://test-extension-id/popup.html') });
// React listens to `input` events (what typing sends) only where `oninput` exists; linkedom
// has no on* properties.
Object.assign(document, { oninput: null });
Object.assign(globalThis, {
  window,
  document,
  navigator: window.navigator,
  // Tells React that tests wrap updates in act().
  IS_REACT_ACT_ENVIRONMENT: true,
});

export { document, window };
