// Firefox ESR driven through WebDriver BiDi (no geckodriver): start firefox-esr with
// --remote-debugging-port=0, read the ws:// address from stderr, talk JSON over Node's global
// WebSocket (node --experimental-websocket on Node 20).
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const INSTALL_HINT =
  'install it with: apt-get update && apt-get install -y chromium chromium-l10n firefox-esr';

/** Firefox processes still running, with their profiles (killed on exit, even after a hang). */
/** @type {Map<import('node:child_process').ChildProcess, { profile: string, close: () => Promise<void> }>} */
const live = new Map();
process.on('exit', () => {
  for (const [child, { profile }] of live) {
    try {
      child.kill('SIGKILL');
    } catch {
      // gone
    }
    try {
      rmSync(profile, { recursive: true, force: true });
    } catch {
      // best effort
    }
  }
});

/** Close every Firefox this module started and has not closed yet. */
export async function closeAllFirefox() {
  await Promise.all([...live.values()].map((entry) => entry.close()));
}

export function assertFirefox() {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox ESR not found at ${FIREFOX_PATH}; ${INSTALL_HINT} (or set FIREFOX_PATH)`,
    );
  }
}

/** @param {Record<string, string | number | boolean>} prefs */
const userJs = (prefs) =>
  Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n') + '\n';

/** Prefs for a quiet, offline test profile: no telemetry, updates, first-run pages. */
export const QUIET_PREFS = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.discovery.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.ping-centre.telemetry': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.startup.page': 0,
  'browser.tabs.warnOnClose': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.policy.firstRunURL': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.update.autoUpdateDefault': false,
  'extensions.systemAddon.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'toolkit.telemetry.server': '',
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'xpinstall.signatures.required': false,
  // Everything but loopback goes to a dead proxy: only loopback traffic in tests.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': 'localhost,127.0.0.1',
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
};

/**
 * @typedef {{
 *   send: (method: string, params?: object, timeoutMs?: number) => Promise<any>,
 *   on: (event: string, fn: (params: any) => void) => void,
 *   stderr: () => string,
 *   close: () => Promise<void>,
 *   profile: string,
 * }} FirefoxSession
 */

/**
 * Start Firefox ESR headless with a fresh profile and open a BiDi session.
 * @param {{ prefs?: Record<string, string | number | boolean>, systemAccess?: boolean }} [opts]
 * @returns {Promise<FirefoxSession>}
 */
export async function launchFirefox(opts = {}) {
  assertFirefox();
  if (typeof WebSocket === 'undefined') {
    throw new Error('no global WebSocket: run node with --experimental-websocket');
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), 'ban-radar-firefox-'));
  await writeFile(path.join(profile, 'user.js'), userJs({ ...QUIET_PREFS, ...opts.prefs }));
  const args = ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile];
  if (opts.systemAccess) args.push('--remote-allow-system-access');
  const child = spawn(FIREFOX_PATH, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1', MOZ_DISABLE_AUTO_SAFE_MODE: '1' },
  });
  let stderr = '';
  /** @type {WebSocket | null} */
  let ws = null;
  let exited = false;
  child.on('exit', () => (exited = true));

  const close = async () => {
    live.delete(child);
    try {
      if (ws && ws.readyState === WebSocket.OPEN) {
        ws.send(JSON.stringify({ id: 999_999, method: 'browser.close', params: {} }));
      }
    } catch {
      // ignore
    }
    if (!exited) {
      await Promise.race([
        new Promise((r) => child.once('exit', r)),
        new Promise((r) => setTimeout(r, 5000)),
      ]);
    }
    if (!exited && child.pid) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await Promise.race([
        new Promise((r) => child.once('exit', r)),
        new Promise((r) => setTimeout(r, 3000)),
      ]);
    }
    try {
      ws?.close();
    } catch {
      // ignore
    }
    await rm(profile, { recursive: true, force: true }).catch(() => {});
  };
  live.set(child, { profile, close });

  try {
    const address = await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`Firefox did not print its BiDi address in 30 s:\n${stderr}`)),
        30_000,
      );
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(stderr);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Firefox exited (${code}) before BiDi was ready:\n${stderr}`));
      });
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
    const socket = new WebSocket(`${String(address).replace(/\/$/, '')}/session`);
    ws = socket;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('BiDi WebSocket did not open')), 10_000);
      socket.addEventListener('open', () => (clearTimeout(timer), resolve(undefined)));
      socket.addEventListener(
        'error',
        () => (clearTimeout(timer), reject(new Error('BiDi WebSocket error'))),
      );
    });
    let nextId = 1;
    /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
    const pending = new Map();
    /** @type {Map<string, ((p: any) => void)[]>} */
    const listeners = new Map();
    socket.addEventListener('message', (ev) => {
      const msg = JSON.parse(String(ev.data));
      if (msg.id !== undefined && pending.has(msg.id)) {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.type === 'error') p?.reject(new Error(`${msg.error}: ${msg.message}`));
        else p?.resolve(msg.result);
      } else if (msg.type === 'event') {
        for (const fn of listeners.get(msg.method) ?? []) fn(msg.params);
      }
    });
    /** @type {FirefoxSession['send']} */
    const send = (method, params = {}, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`BiDi ${method} timed out after ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (v) => (clearTimeout(timer), resolve(v)),
          reject: (e) => (clearTimeout(timer), reject(e)),
        });
        socket.send(JSON.stringify({ id, method, params }));
      });
    await send('session.new', { capabilities: {} });
    return {
      send,
      on: (event, fn) => listeners.set(event, [...(listeners.get(event) ?? []), fn]),
      stderr: () => stderr,
      close,
      profile,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

/**
 * Evaluate an expression in a browsing context and return its plain value.
 * @param {FirefoxSession} ff
 * @param {string} context
 * @param {string} expression
 * @param {number} [timeoutMs]
 */
export async function evaluate(ff, context, expression, timeoutMs = 15_000) {
  const res = await ff.send(
    'script.evaluate',
    { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' },
    timeoutMs,
  );
  if (res.type === 'exception') {
    throw new Error(`script error in ${context}: ${res.exceptionDetails?.text}`);
  }
  return deserialize(res.result);
}

/**
 * BiDi RemoteValue → plain JS (enough for strings, numbers, arrays and objects).
 * @param {any} v
 * @returns {any}
 */
export function deserialize(v) {
  if (!v) return v;
  switch (v.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return v.value;
    case 'number':
      return typeof v.value === 'string' ? Number(v.value) : v.value;
    case 'array':
      return (v.value ?? []).map(deserialize);
    case 'object':
      return Object.fromEntries(
        (v.value ?? []).map((/** @type {[any, any]} */ [k, val]) => [
          typeof k === 'string' ? k : deserialize(k),
          deserialize(val),
        ]),
      );
    default:
      return `[${v.type}]`;
  }
}
