// A tiny sequential test runner: suites with before/after hooks, per-test timeouts, and a
// closing line `N passed, N failed`. Kept dependency-free so the e2e output is stable.

/**
 * @typedef {{ name: string, fn: (t: TestContext) => Promise<void> | void, timeout: number }} TestCase
 * @typedef {{ log: (...args: unknown[]) => void }} TestContext
 * @typedef {{
 *   name: string,
 *   before?: () => Promise<void> | void,
 *   after?: () => Promise<void> | void,
 *   tests: TestCase[],
 * }} Suite
 */

/**
 * @param {string} name
 * @returns {Suite & { test: (name: string, fn: TestCase['fn'], timeout?: number) => void }}
 */
export function suite(name) {
  /** @type {Suite} */
  const s = { name, tests: [] };
  return Object.assign(s, {
    /** @type {(name: string, fn: TestCase['fn'], timeout?: number) => void} */
    test(testName, fn, timeout = 60_000) {
      s.tests.push({ name: testName, fn, timeout });
    },
  });
}

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** @param {unknown} err */
function describeError(err) {
  if (err instanceof Error) return (err.stack ?? err.message).split('\n').slice(0, 8).join('\n');
  return String(err);
}

/** @param {string} text */
const indent = (text) =>
  text
    .split('\n')
    .map((l) => '      ' + l)
    .join('\n');

/**
 * Run the suites in order; a failing `before` fails every test of its suite with its error.
 * @param {Suite[]} suites
 * @param {{ filter?: string }} [opts]
 * @returns {Promise<{ passed: number, failed: number, results: { suite: string, name: string, ok: boolean, ms: number }[] }>}
 */
export async function runSuites(suites, opts = {}) {
  let passed = 0;
  let failed = 0;
  /** @type {{ suite: string, name: string, ok: boolean, ms: number }[]} */
  const results = [];
  for (const s of suites) {
    const tests = s.tests.filter(
      (t) =>
        !opts.filter || `${s.name} ${t.name}`.toLowerCase().includes(opts.filter.toLowerCase()),
    );
    if (!tests.length) continue;
    console.log(`\n${s.name}`);
    const suiteStart = Date.now();
    /** @type {unknown} */
    let setupError = null;
    try {
      if (s.before) await withTimeout(Promise.resolve(s.before()), 120_000, `${s.name}: setup`);
    } catch (err) {
      setupError = err;
    }
    for (const t of tests) {
      const start = Date.now();
      /** @type {string[]} */
      const notes = [];
      /** @type {TestContext} */
      const ctx = { log: (...args) => notes.push(args.map(String).join(' ')) };
      let error = setupError;
      if (!error) {
        try {
          await withTimeout(Promise.resolve(t.fn(ctx)), t.timeout, t.name);
        } catch (err) {
          error = err ?? new Error('failed');
        }
      }
      const ms = Date.now() - start;
      const ok = !error;
      if (ok) passed++;
      else failed++;
      results.push({ suite: s.name, name: t.name, ok, ms });
      console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${t.name} (${ms} ms)`);
      for (const n of notes) console.log(indent(n));
      if (error) console.log(indent(describeError(error)));
    }
    try {
      if (s.after) await withTimeout(Promise.resolve(s.after()), 60_000, `${s.name}: teardown`);
    } catch (err) {
      console.log(`  teardown of ${s.name} failed:\n${indent(describeError(err))}`);
    }
    console.log(`  (${s.name}: ${((Date.now() - suiteStart) / 1000).toFixed(1)} s)`);
  }
  return { passed, failed, results };
}
