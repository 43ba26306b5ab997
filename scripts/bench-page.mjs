// `npm run bench:page -- [FOLDER]`: what the content script costs on real pages, in headless
// Chromium with the BUILT extension (.output/chrome-mv3).
//
// FOLDER defaults to ../shared/corpus/html when it exists, else e2e/fixtures. Its manifest.json
// (an array of { file, label: 'ban' | 'not-ban' }) says which pages are ban articles. Every
// page is served from 127.0.0.1; every other request is aborted.
//
// Per page it reports:
// - gate / analysis: the content script's own performance measures `ban-radar:gate` and
//   `ban-radar:analysis` (reading the page: the only part of the analysis on the page's main
//   thread). Measures made in the content script's isolated world land on the page's
//   performance timeline in Chromium (checked), so the main world reads them back.
// - background: for information, the background's measure `ban-radar:background-analysis` of
//   the text analysis it ran on the page's reading (off the page's main thread), read from the
//   service worker.
// - +script: main-thread ScriptDuration (CDP Performance.getMetrics) with the real extension
//   minus the same page with an extension whose content script is empty (same matches and
//   run_at), loaded in the same run.
// - long task: the longest long task (PerformanceObserver 'longtask', registered with an init
//   script) that overlaps one of the extension's stretches of work, i.e. a task its own work is
//   part of: the gate measure and each slice of the page copy (`ban-radar:copy-slice`). Not
//   `ban-radar:analysis`: it is the slices' summed time laid from the first slice's start, a
//   window in which the page's own tasks run between the slices.
//
// Page scripts are switched off by serving every page with `Content-Security-Policy:
// script-src 'none'` (page CSP does not apply to content scripts). `javaScriptEnabled: false`
// is not used: it also stops content-script setTimeout callbacks, which the content script
// uses after a single-page navigation.
//
// Options: --limit N (first N pages), --ext DIR (another unpacked Chrome build), --repeat N
// (load every page N times and take each page's median: single loads on a busy 2-core machine
// are sometimes preempted, which shows in the p95), --floor (also load every page with the
// floor extension, see FLOOR_SCRIPT, and report what it adds), --json (machine-readable summary
// at the end), --strict (exit 1 when a target is missed).
import { cpSync, existsSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../e2e/lib/chromium.mjs';
import { serveStatic } from '../e2e/lib/server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const EMPTY_EXT = path.join(ROOT, 'e2e/.tmp/empty-ext');
const FLOOR_EXT = path.join(ROOT, 'e2e/.tmp/floor-ext');
/**
 * The least a content script can do and still meet the content script's brief: wait for idle
 * time, watch single-page navigation (Navigation API, as content/location-watcher.ts does in
 * Chromium) and read something of the page (its title and first paragraph). What it adds over
 * the empty script is the floor under the added-script-time target: the first touches of the
 * DOM and the first callbacks in the extension's script world, before any work of its own.
 */
const FLOOR_SCRIPT = `requestIdleCallback(() => {
  void document.title;
  void document.getElementsByTagName('p')[0]?.textContent;
}, { timeout: 3000 });
globalThis.navigation?.addEventListener('navigate', () => {});
`;

const argv = process.argv.slice(2);
const flag = (/** @type {string} */ name) => argv.includes(name);
const option = (/** @type {string} */ name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const positional = argv.filter(
  (a, i) => !a.startsWith('--') && !['--limit', '--ext', '--repeat'].includes(argv[i - 1]),
);
const corpus = path.resolve(ROOT, '../shared/corpus/html');
const folder = path.resolve(
  positional[0] ?? (existsSync(corpus) ? corpus : path.join(ROOT, 'e2e/fixtures')),
);
const limit = Number(option('--limit') ?? Infinity);
const repeat = Math.max(1, Number(option('--repeat') ?? 1));
const withFloor = flag('--floor');
const BUILD = path.resolve(option('--ext') ?? path.join(ROOT, '.output/chrome-mv3'));
/** A snapshot of the build, so a rebuild in the same checkout cannot break a run. */
const EXT = path.join(ROOT, 'e2e/.tmp', `bench-ext-${process.pid}`);

if (!existsSync(path.join(BUILD, 'manifest.json'))) {
  console.error(`Missing ${BUILD} — run npm run build first.`);
  process.exit(1);
}
cpSync(BUILD, EXT, { recursive: true });
process.on('exit', () => rmSync(EXT, { recursive: true, force: true }));

/** @returns {Promise<Map<string, 'ban' | 'not-ban'>>} */
async function readLabels() {
  const labels = new Map();
  const file = path.join(folder, 'manifest.json');
  if (!existsSync(file)) return labels;
  const manifest = JSON.parse(await readFile(file, 'utf8'));
  for (const entry of Array.isArray(manifest) ? manifest : []) {
    if (entry?.file && (entry.label === 'ban' || entry.label === 'not-ban')) {
      labels.set(entry.file, entry.label);
    }
  }
  return labels;
}

/** An extension with the real one's content-script matches and the given content script. */
async function buildScriptOnlyExtension(
  /** @type {string} */ dir,
  /** @type {string} */ name,
  /** @type {string} */ script,
) {
  const real = JSON.parse(await readFile(path.join(EXT, 'manifest.json'), 'utf8'));
  const cs = real.content_scripts?.[0] ?? { matches: ['http://*/*', 'https://*/*'] };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: `Ban Radar bench: ${name}`,
    version: '0.0.1',
    content_scripts: [
      {
        matches: cs.matches,
        run_at: cs.run_at ?? 'document_idle',
        ...(cs.all_frames ? { all_frames: true } : {}),
        js: ['content.js'],
      },
    ],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(path.join(dir, 'content.js'), script);
}

/** What the settle loop asks the page on every poll (both runs ask the same). */
const readMeasures = () => ({
  measures: performance
    .getEntriesByType('measure')
    .filter((e) => e.name.startsWith('ban-radar:'))
    .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration })),
});

/**
 * Load one page and wait. With the real extension (`polls` undefined): poll every 100 ms until
 * its gate measure exists and nothing changes for 800 ms while no analysis is under way (at most
 * 12 s). The baseline run then polls exactly as often: every poll runs script in the page
 * (page.evaluate), and ScriptDuration must differ only by the extension's own work.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {number} [polls]
 */
async function loadAndSettle(context, url, polls) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  } catch {
    // A page that never fires load (a stalled sub-resource) is measured as it is.
  }
  const started = Date.now();
  let last = '';
  let stableSince = Date.now();
  let count = 0;
  /** @type {{ name: string, start: number, duration: number }[]} */
  let measures = [];
  while (polls === undefined ? Date.now() - started < 12_000 : count < polls) {
    await new Promise((r) => setTimeout(r, 100));
    count++;
    const state = await page.evaluate(readMeasures).catch(() => ({ measures: [] }));
    if (polls !== undefined) continue;
    measures = state.measures;
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      stableSince = Date.now();
    } else if (measures.length && Date.now() - stableSince >= 800) break;
    else if (!measures.length && Date.now() - started > 4000) break;
  }
  const { metrics } = await cdp.send('Performance.getMetrics');
  const scriptMs = 1000 * (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0);
  return { page, measures, scriptMs, polls: count };
}

/** @param {number[]} xs @param {number} q */
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
/** @param {number} x */
const f = (x) => (Number.isFinite(x) ? x.toFixed(2).padStart(8) : '     n/a');

async function main() {
  const labels = await readLabels();
  const files = (await readdir(folder))
    .filter((n) => /\.html?$/i.test(n))
    .sort()
    .slice(0, limit);
  if (!files.length) throw new Error(`no .html pages in ${folder}`);
  await buildScriptOnlyExtension(EMPTY_EXT, 'empty content script', '');
  if (withFloor) await buildScriptOnlyExtension(FLOOR_EXT, 'floor content script', FLOOR_SCRIPT);
  const server = await serveStatic(folder, {
    headers: {
      'content-security-policy': "script-src 'none'; object-src 'none'",
      // Cross-origin isolation: performance.now() then has 5 µs steps instead of 100 µs, which
      // matters for measures of about a millisecond. Third-party requests are aborted anyway.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    },
  });
  const real = await launchWithExtension({ extDir: EXT });
  const empty = await launchWithExtension({ extDir: EMPTY_EXT, noWorker: true });
  const floor = withFloor
    ? await launchWithExtension({ extDir: FLOOR_EXT, noWorker: true })
    : undefined;
  const baselines = floor ? [empty, floor] : [empty];
  const observeLongTasks = () => {
    /** @type {any} */ (window).__banRadarLongTasks = [];
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          /** @type {any} */ (window).__banRadarLongTasks.push({
            start: e.startTime,
            duration: e.duration,
          });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // longtask unsupported
    }
  };
  await real.context.addInitScript(observeLongTasks);
  for (const b of baselines) await b.context.addInitScript(observeLongTasks);
  // Warm-up (not counted): the first page a fresh browser loads pays one-off compile costs.
  for (const b of [...baselines, real]) {
    const w = await loadAndSettle(
      b.context,
      `${server.origin}/${encodeURIComponent(files[0])}`,
      b === real ? undefined : 10,
    );
    await w.page.close();
  }
  console.log(
    `bench:page — ${files.length} pages from ${folder}` +
      (repeat > 1 ? `, each loaded ${repeat} times (per page the median)` : ''),
  );
  console.log(
    `extension ${BUILD}; baseline ${EMPTY_EXT}${floor ? `; floor ${FLOOR_EXT}` : ''}; Chromium ${real.context.browser()?.version() ?? ''}`,
  );
  console.log(
    `\n${'label'.padEnd(8)}${'gate ms'.padStart(8)}${'analysis'.padStart(9)}${'backgr.'.padStart(9)}${'+script'.padStart(9)}${floor ? '+floor'.padStart(9) : ''}${'longtask'.padStart(9)}  page`,
  );
  /** One load of a page with the real extension, then with the empty one (and the floor one). */
  const measureOnce = async (/** @type {string} */ url) => {
    // The real extension first; the baseline then polls the page as often as that run did.
    await real.worker.evaluate(() => performance.clearMeasures()).catch(() => undefined);
    const run = await loadAndSettle(real.context, url);
    const background = await real.worker
      .evaluate(
        () => performance.getEntriesByName('ban-radar:background-analysis')[0]?.duration ?? NaN,
      )
      .catch(() => NaN);
    /** @type {{ start: number, duration: number }[]} */
    const longTasks = await run.page
      .evaluate(() => /** @type {any} */ (window).__banRadarLongTasks ?? [])
      .catch(() => []);
    await run.page.close();
    const base = await loadAndSettle(empty.context, url, run.polls);
    await base.page.close();
    let floorAdded = NaN;
    if (floor) {
      const least = await loadAndSettle(floor.context, url, run.polls);
      await least.page.close();
      floorAdded = least.scriptMs - base.scriptMs;
    }
    const work = run.measures.filter((m) => m.name !== 'ban-radar:analysis');
    const ours = longTasks.filter((t) =>
      work.some((m) => t.start < m.start + m.duration && m.start < t.start + t.duration),
    );
    const sum = (/** @type {string} */ name) => {
      const ms = run.measures.filter((m) => m.name === name);
      return ms.length ? ms.reduce((a, m) => a + m.duration, 0) : NaN;
    };
    return {
      gate: sum('ban-radar:gate'),
      analysis: sum('ban-radar:analysis'),
      background,
      added: run.scriptMs - base.scriptMs,
      floorAdded,
      longTask: ours.length ? Math.max(...ours.map((t) => t.duration)) : 0,
    };
  };
  /** @type {{ file: string, label: string, gate: number, analysis: number, background: number, added: number, floorAdded: number, longTask: number }[]} */
  const rows = [];
  try {
    for (const file of files) {
      const url = `${server.origin}/${encodeURIComponent(file)}`;
      const samples = [];
      for (let i = 0; i < repeat; i++) samples.push(await measureOnce(url));
      // Per page, the median of its loads (a load the machine preempted stays one of several);
      // for long tasks, the worst.
      const median = (
        /** @type {'gate' | 'analysis' | 'background' | 'added' | 'floorAdded'} */ key,
      ) => quantile(samples.map((x) => x[key]).filter(Number.isFinite), 0.5);
      const row = {
        file,
        label: labels.get(file) ?? 'unknown',
        gate: median('gate'),
        analysis: median('analysis'),
        background: median('background'),
        added: median('added'),
        floorAdded: median('floorAdded'),
        longTask: Math.max(...samples.map((x) => x.longTask)),
      };
      rows.push(row);
      console.log(
        `${row.label.padEnd(8)}${f(row.gate)}${f(row.analysis).padStart(9)}${f(row.background).padStart(9)}${f(row.added).padStart(9)}${floor ? f(row.floorAdded).padStart(9) : ''}${f(row.longTask).padStart(9)}  ${file}`,
      );
    }
  } finally {
    await Promise.all([real.close(), ...baselines.map((b) => b.close()), server.close()]);
  }

  const notBan = rows.filter((r) => r.label === 'not-ban');
  const ban = rows.filter((r) => r.label === 'ban');
  const finite = (/** @type {number[]} */ xs) => xs.filter(Number.isFinite);
  const gateNB = finite(notBan.map((r) => r.gate));
  const analysisBan = finite(ban.map((r) => r.analysis));
  const backgroundBan = finite(ban.map((r) => r.background));
  const addedNB = finite(notBan.map((r) => r.added));
  const floorNB = finite(notBan.map((r) => r.floorAdded));
  const allGate = finite(rows.map((r) => r.gate));
  const allAdded = finite(rows.map((r) => r.added));
  const maxLong = Math.max(0, ...rows.map((r) => r.longTask));
  /** @type {[string, number, string, number][]} */
  const checks = [
    [`gate median, not-ban pages (n=${gateNB.length})`, quantile(gateNB, 0.5), '≤', 1],
    [`gate p95, not-ban pages`, quantile(gateNB, 0.95), '≤', 3],
    [`analysis p95, ban pages (n=${analysisBan.length})`, quantile(analysisBan, 0.95), '≤', 60],
    [`longest extension long task, all pages`, maxLong, '≤', 50],
    [
      `added ScriptDuration median, not-ban pages (n=${addedNB.length})`,
      quantile(addedNB, 0.5),
      '≤',
      2,
    ],
  ];
  console.log('\nsummary                                   median       p95');
  console.log(
    `gate, all pages (n=${allGate.length})`.padEnd(40) +
      f(quantile(allGate, 0.5)) +
      '  ' +
      f(quantile(allGate, 0.95)),
  );
  console.log(
    `analysis, ban pages`.padEnd(40) +
      f(quantile(analysisBan, 0.5)) +
      '  ' +
      f(quantile(analysisBan, 0.95)),
  );
  console.log(
    `background analysis, ban pages (info)`.padEnd(40) +
      f(quantile(backgroundBan, 0.5)) +
      '  ' +
      f(quantile(backgroundBan, 0.95)),
  );
  console.log(
    `+ScriptDuration, all pages (n=${allAdded.length})`.padEnd(40) +
      f(quantile(allAdded, 0.5)) +
      '  ' +
      f(quantile(allAdded, 0.95)),
  );
  console.log(
    `+ScriptDuration, not-ban pages`.padEnd(40) +
      f(quantile(addedNB, 0.5)) +
      '  ' +
      f(quantile(addedNB, 0.95)),
  );
  if (floor) {
    console.log(
      `+ScriptDuration, floor script, not-ban`.padEnd(40) +
        f(quantile(floorNB, 0.5)) +
        '  ' +
        f(quantile(floorNB, 0.95)),
    );
  }
  console.log('\ntargets');
  let missed = 0;
  for (const [name, value, op, target] of checks) {
    const ok = Number.isFinite(value) && value <= target;
    if (!ok) missed++;
    console.log(
      `  ${ok ? 'met   ' : Number.isFinite(value) ? 'MISSED' : 'NO DATA'} ${name}: ${f(value).trim()} ms (target ${op} ${target} ms)`,
    );
  }
  if (!allGate.length) {
    console.log('\nNo ban-radar:gate measures were found: the content script records none (yet).');
  }
  if (flag('--json')) {
    console.log(
      JSON.stringify({
        folder,
        rows,
        checks: checks.map(([name, value, , target]) => ({ name, value, target })),
      }),
    );
  }
  process.exitCode = flag('--strict') && missed ? 1 : 0;
}

await main();
