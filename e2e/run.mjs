// `npm run test:e2e [-- FILTER]`: end-to-end tests of the BUILT extension in headless Chromium
// (.output/chrome-mv3, via playwright-core) and Firefox ESR (.output/firefox-mv2, via WebDriver
// BiDi). Prints one line per test and closes with `N passed, N failed`; exits non-zero on any
// failure. E2E_BROWSERS=chromium or =firefox runs one browser only.
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeAllChromium } from './lib/chromium.mjs';
import { closeAllFirefox } from './lib/firefox.mjs';
import { runSuites } from './lib/runner.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filter = process.argv[2];
const browsers = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',');

const missing = ['.output/chrome-mv3', '.output/firefox-mv2'].filter(
  (dir) => !existsSync(path.join(ROOT, dir, 'manifest.json')),
);
if (missing.length) {
  console.error(`Missing build: ${missing.join(', ')} — run npm run build first.`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (typeof WebSocket === 'undefined') {
  console.error('No global WebSocket: run with node --experimental-websocket (npm run test:e2e).');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// Test a snapshot of the build: other work in the same checkout may rebuild .output meanwhile.
const snapshot = path.join(ROOT, 'e2e/.tmp', `build-${process.pid}`);
for (const [dir, env] of [
  ['chrome-mv3', 'E2E_CHROME_EXT'],
  ['firefox-mv2', 'E2E_FIREFOX_EXT'],
]) {
  cpSync(path.join(ROOT, '.output', dir), path.join(snapshot, dir), { recursive: true });
  process.env[env] = path.join(snapshot, dir);
}
process.on('exit', () => rmSync(snapshot, { recursive: true, force: true }));

const started = Date.now();
/** @type {import('./lib/runner.mjs').Suite[]} */
const suites = [];
if (browsers.includes('chromium')) suites.push((await import('./chromium.test.mjs')).default);
if (browsers.includes('firefox')) suites.push((await import('./firefox.test.mjs')).default);

const { passed, failed } = await runSuites(suites, { filter });
// A test that timed out may have left its browser open: close everything, then exit (an
// 'exit' hook kills any Firefox still alive).
await Promise.race([
  Promise.all([closeAllChromium(), closeAllFirefox()]),
  new Promise((r) => setTimeout(r, 15_000)),
]);
console.log(`\ne2e finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || passed === 0 ? 1 : 0);
