// Scores the analysis engine on ../shared/corpus (when present) and fails below the floors of
// issue 3, so no change can quietly make detection or extraction worse.
//
//   node scripts/score-corpus.mjs [CORPUS_DIR]     (default ../shared/corpus)
//
// It renders the seed and dev articles with ../shared/tools/render.mjs (the seed once per page
// template), runs `npm run analyze` on them and on the real pages of html/, and checks:
// detection precision/recall, per-language detection F1, timeline points, kinds, status, the
// false-positive rate on real pages, and that the seed comes out exactly in every template.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const corpus = resolve(process.argv[2] ?? '../shared/corpus');
const tools = resolve(corpus, '../tools');
if (!existsSync(join(corpus, 'dev')) || !existsSync(join(tools, 'score.mjs'))) {
  console.log(`score-corpus: no corpus at ${corpus}; nothing to score`);
  process.exit(0);
}
// The tools run their CLI only when started by their real path (import.meta.url === argv[1]),
// so resolve symbolic links (a linked shared/ folder) before calling them.
const toolsDir = realpathSync(tools);

const FLOORS = {
  'detection.precision': 0.95,
  'detection.recall': 0.95,
  'points.f1': 0.85,
  'kinds.f1': 0.8,
  'status.accuracy': 0.85,
};
const MIN_LANGUAGE_F1 = 0.9;
const MAX_REAL_PAGE_FPR = 0.01;

const work = mkdtempSync(join(tmpdir(), 'ban-radar-score-'));
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });

function templateNames() {
  const usage = (() => {
    try {
      run('node', [join(toolsDir, 'render.mjs')], { stdio: 'pipe' });
      return '';
    } catch (error) {
      return String(error.stderr ?? '');
    }
  })();
  const match = usage.match(/--template ([\w|-]+)/);
  return match ? match[1].split('|') : [];
}

function analyze(paths, outFile) {
  const lines = run('npx', ['tsx', 'scripts/analyze.ts', ...paths]);
  writeFileSync(outFile, lines);
  return outFile;
}

function score(predFile, gold) {
  return JSON.parse(
    run('node', [join(toolsDir, 'score.mjs'), '--json', '--pred', predFile, ...gold]),
  );
}

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

try {
  // dev + seed (default templates) and the real pages
  const pages = join(work, 'pages');
  run('node', [join(toolsDir, 'render.mjs'), pages, join(corpus, 'seed'), join(corpus, 'dev')]);
  const articles = score(analyze([pages], join(work, 'articles.jsonl')), [
    join(corpus, 'seed'),
    join(corpus, 'dev'),
  ]);
  for (const [name, floor] of Object.entries(FLOORS)) {
    const [group, metric] = name.split('.');
    const value = articles[group][metric];
    check(value >= floor, `${name} ${value.toFixed(3)} (floor ${floor})`);
  }
  for (const [lang, m] of Object.entries(articles.detectionByLang)) {
    if (m.tp + m.fn + m.fp === 0) continue;
    check(
      m.f1 >= MIN_LANGUAGE_F1,
      `detection F1 [${lang}] ${m.f1.toFixed(3)} (floor ${MIN_LANGUAGE_F1})`,
    );
  }

  if (existsSync(join(corpus, 'html', 'manifest.json'))) {
    const real = score(analyze([join(corpus, 'html')], join(work, 'html.jsonl')), [
      join(corpus, 'html', 'manifest.json'),
    ]);
    check(
      real.detection.fpr <= MAX_REAL_PAGE_FPR,
      `real pages false-positive rate ${real.detection.fpr.toFixed(3)} (max ${MAX_REAL_PAGE_FPR})`,
    );
    check(
      real.detection.fn === 0,
      `real ban pages detected ${real.detection.tp}/${real.detection.tp + real.detection.fn}`,
    );
  }

  // the seed, exactly, in every page template
  const templates = templateNames();
  check(templates.length > 0, `render.mjs lists its page templates (${templates.join(', ')})`);
  for (const template of templates) {
    const dir = join(work, `seed-${template}`);
    run('node', [join(toolsDir, 'render.mjs'), dir, join(corpus, 'seed'), '--template', template]);
    const seed = score(analyze([dir], join(work, `seed-${template}.jsonl`)), [
      join(corpus, 'seed'),
    ]);
    const exact =
      seed.points.fn === 0 &&
      seed.points.fp === 0 &&
      seed.kinds.fn === 0 &&
      seed.kinds.fp === 0 &&
      seed.status.accuracy === 1;
    check(
      exact,
      `seed exact in template "${template}" (points fp ${seed.points.fp} fn ${seed.points.fn}, kinds fp ${seed.kinds.fp} fn ${seed.kinds.fn}, status ${seed.status.accuracy})`,
    );
  }
  console.log(`score-corpus: ${readdirSync(pages).length} rendered articles`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`score-corpus: ${failures.length} floor(s) broken`);
  process.exit(1);
}
console.log('score-corpus: all floors met');
