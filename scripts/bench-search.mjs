#!/usr/bin/env node
/**
 * Search benchmark: for the real site and the demo build at 1,000 and 10,000 stories, prints the
 * index size on disk, the bytes a browser downloads for a first and a second query, and the time
 * from the last keystroke to the results on screen (Chromium, through Playwright), against the
 * targets written in README.md.
 *
 *   npm run bench:search                        builds dist/ and the demo at 1,000 and 10,000 stories
 *   npm run bench:search -- --sizes 1000        only the real site and the 1,000-story demo
 *   npm run bench:search -- --no-build          measure the builds already in dist/ and .bench/
 *   BENCH_DEBUG=1 npm run bench:search …        also list every request of each query, with its size
 *   SEARCH_STORY_SHARD_SIZE=1000 npm run bench:search …   stories per search index (default in
 *                                               src/lib/search/searchShards.ts), passed to the builds
 *
 * The index on disk counts every index in pagefind/ (the main one and those of older stories, which
 * the first query never reads: see "Search" in README.md).
 * Demo builds are moved from dist-demo/ to .bench/demo-<N>/ (git-ignored), so a later
 * `npm run build:demo` starts clean. The pages are served by a small static server on a free port
 * that compresses text files as a CDN would; Pagefind's index files are already compressed.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Written down in README.md ("Search performance"); the table says whether each is met. */
const TARGETS = {
  firstQueryKB: 150,
  secondQueryKB: 100,
  keystrokeMs: 300,
};

/**
 * Queries per data set: a word with many matches, then a short name. The demo's second query holds
 * 示例, which is on every demo page: it is the query for a word on nearly every page.
 */
const QUERIES = {
  real: ['红石榴', '团结广场'],
  demo: ['石榴籽', '示例点21'],
};

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const sizes = values.sizes
  .split(',')
  .filter(Boolean)
  .map((s) => {
    const n = Number(s);
    if (!Number.isSafeInteger(n) || n < 0) {
      console.error(`bench-search: --sizes takes whole numbers separated by commas, got ${JSON.stringify(s)}`);
      process.exit(2);
    }
    return n;
  });
const runs = Math.max(1, Number(values.runs) || 3);

/** Runs a command with this Node first on PATH; resolves with its output and wall time. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: 'http://localhost:4321', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => reject(new Error(`could not start ${command}`, { cause: error })));
    child.on('exit', (code) => {
      if (code === 0) resolve({ output, seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

const npmRun = (script, ...args) => run('npm', ['run', script, ...(args.length ? ['--', ...args] : [])]);

/** Seconds the search-index integration reported, from the build log. */
const indexSeconds = (output) => Number(/HTML pages indexed into pagefind\/ in ([\d.]+) s/.exec(output)?.[1] ?? NaN);

function dirSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const stat = statSync(join(dir, String(name)));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
};

/** A static server for a built site: text gzipped (as a CDN does), everything else as is. */
function serve(dir) {
  const server = createServer((request, response) => {
    let path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const type = TYPES[extname(file)];
    let body = readFileSync(file);
    const headers = { 'Content-Type': type ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
    if (type && /gzip/.test(String(request.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** What a search downloads: the worker, Pagefind's code, WebAssembly and index, the name list. */
const SEARCH_REQUEST = /^\/(?:pagefind\/|search\/names\.json$|_astro\/searchWorker-)/;

/**
 * Opens /search/ in a fresh browser context, then types each query: bytes the search transferred
 * (bodies and headers, as sent) until results show, and milliseconds from the last keystroke until
 * the result count is on screen (this includes the typing pause, TYPING_PAUSE_MS in
 * src/scripts/search.ts). The first query's bytes are counted from the page's load: the search
 * page loads Pagefind and its main index once it is idle, before anything is typed.
 */
async function measureBrowser(browser, baseUrl, queries) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  let bytes = 0;
  const seen = [];
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => undefined);
    const path = new URL(request.url()).pathname;
    if (!sizes || !SEARCH_REQUEST.test(path)) return;
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    seen.push(`${path} ${sizes.responseBodySize}`);
  });
  await page.goto(`${baseUrl}/search/`, { waitUntil: 'networkidle' });
  const box = page.getByRole('main').getByRole('searchbox');
  const results = [];
  for (const [index, query] of queries.entries()) {
    if (index > 0) {
      bytes = 0;
      seen.length = 0;
    }
    await box.fill('');
    await page.evaluate(() => {
      const input = document.querySelector('main input[type="search"]');
      const status = document.querySelector('main [data-status]');
      window.__bench = { start: 0, end: 0 };
      input.addEventListener('input', () => (window.__bench.start = performance.now()));
      new MutationObserver(() => {
        if (/找到/.test(status.textContent ?? '') && input.value && status.textContent.includes(input.value)) {
          window.__bench.end ||= performance.now();
        }
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await box.pressSequentially(query, { delay: 50 });
    await page.waitForFunction(() => window.__bench.end > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const { start, end } = await page.evaluate(() => window.__bench);
    if (process.env.BENCH_DEBUG) console.error(query, bytes, seen);
    results.push({ query, bytes, ms: end - start, requests: seen.length });
  }
  await context.close();
  return results;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);

async function measure(label, dir, queries, build) {
  const index = dirSize(join(dir, 'pagefind'));
  const server = await serve(dir);
  const baseUrl = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const samples = [];
  try {
    for (let i = 0; i < runs; i++) samples.push(await measureBrowser(browser, baseUrl, queries));
  } finally {
    await browser.close();
    server.close();
  }
  // The main index and the indexes of older stories that pagefind/stories.json lists.
  const manifestFile = join(dir, 'pagefind', 'stories.json');
  const older = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')).older : [];
  const entries = ['', ...older.map((shard) => shard.path)].map((path) =>
    JSON.parse(readFileSync(join(dir, 'pagefind', path, 'pagefind-entry.json'), 'utf8')),
  );
  const pageCount = entries
    .flatMap((entry) => Object.values(entry.languages))
    .reduce((sum, l) => sum + l.page_count, 0);
  return {
    label,
    pageCount,
    indexes: entries.length,
    build,
    indexBytes: index.bytes,
    indexFiles: index.files,
    first: samples[0][0],
    second: samples[0][1],
    firstMs: median(samples.map((s) => s[0].ms)),
    secondMs: median(samples.map((s) => s[1].ms)),
  };
}

async function buildReal() {
  if (values['no-build'] && existsSync(join(ROOT, 'dist', 'pagefind'))) return undefined;
  console.error('bench-search: npm run build …');
  const { output, seconds } = await npmRun('build');
  return { seconds, indexSeconds: indexSeconds(output) };
}

async function buildDemo(stories) {
  const target = join(ROOT, '.bench', `demo-${stories}`);
  if (values['no-build'] && existsSync(join(target, 'pagefind'))) return { dir: target, build: undefined };
  console.error(`bench-search: npm run build:demo -- --stories ${stories} …`);
  const { output, seconds } = await npmRun('build:demo', '--stories', String(stories));
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  renameSync(join(ROOT, 'dist-demo'), target);
  return { dir: target, build: { seconds, indexSeconds: indexSeconds(output) } };
}

const rows = [];
const realBuild = await buildReal();
rows.push(await measure('real site (dist/)', join(ROOT, 'dist'), QUERIES.real, realBuild));
for (const stories of sizes) {
  const { dir, build } = await buildDemo(stories);
  rows.push(await measure(`demo, ${stories} stories`, dir, QUERIES.demo, build));
}

const mark = (value, target) => `${value} ${value <= target ? '✓' : '✗'}`;
console.log(
  `\nSearch benchmark (${runs} browser run(s) each, median time; Chromium ${executablePath ?? '(Playwright)'}; ` +
    `${cpus().length} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')})`,
);
console.log(
  `Targets: first query ≤ ${TARGETS.firstQueryKB} KB, second (a word on nearly every page) ≤ ${TARGETS.secondQueryKB} KB, ` +
    `keystroke to results ≤ ${TARGETS.keystrokeMs} ms\n`,
);
console.table(
  rows.map((r) => ({
    build: r.label,
    'pages indexed (indexes)': `${r.pageCount} (${r.indexes})`,
    'build s (index s)': r.build ? `${r.build.seconds.toFixed(0)} (${r.build.indexSeconds.toFixed(1)})` : '—',
    'index on disk': `${(r.indexBytes / 1024 / 1024).toFixed(2)} MB / ${r.indexFiles} files`,
    [`1st query KB`]: `${r.first.query}: ${mark(Number(kb(r.first.bytes)), TARGETS.firstQueryKB)}`,
    [`2nd query KB`]: `${r.second.query}: ${mark(Number(kb(r.second.bytes)), TARGETS.secondQueryKB)}`,
    '1st key→results ms': mark(Math.round(r.firstMs), TARGETS.keystrokeMs),
    '2nd key→results ms': mark(Math.round(r.secondMs), TARGETS.keystrokeMs),
  })),
);
