#!/usr/bin/env node
/**
 * Benchmarks (figures printed, targets in README "性能基准"):
 *
 * 1. Lighthouse 13 (mobile preset: simulated slow 4G and a slowed CPU) on the home, story, unit,
 *    map and search pages of the real site and a route page of the demo, served by nginx with
 *    deploy/nginx/site.conf (scripts/serve-nginx.mjs): the four category scores and LCP, TBT, CLS.
 *    Target: 100 in every category. Pages are measured as users see them, with the maps' tiles
 *    loading: both sites are built for it (into .bench/lighthouse-real/ and
 *    .bench/lighthouse-demo/, git-ignored; the demo from the .demo/content/ that
 *    npm run build:demo last generated) with the documented basemap setting PUBLIC_BASEMAP=xyz
 *    pointed at a small local tile server started here. It answers every tile with a plain
 *    256-pixel PNG, or a 512-pixel one for `@2x` (high-density screens), as self-hosted tile
 *    servers do; its origin is in those builds' CSP like any basemap's.
 * 2. Build scaling on the demo corpus: `npm run build:demo -- --stories N` for each size, with
 *    build time, peak memory (largest process, from GNU time), dist size, search index size and
 *    time per page. Each build is moved to .bench/scale-<N>/ (git-ignored); dist-demo/ is left
 *    empty, so run `npm run build:demo` before the browser tests again.
 *
 *   npm run bench                                Lighthouse, then builds at 100, 1,000, 10,000
 *   npm run bench -- --sizes 100,1000            other sizes
 *   npm run bench -- --no-scale | --no-lighthouse
 *   npm run bench -- --no-scale --pages map,search --runs 5 --no-build
 *                                                 only those pages, each measured 5 times (the run
 *                                                 with the median performance score is shown), on the
 *                                                 Lighthouse builds already in .bench/ if there are any
 * The report of each page's median run is kept as .bench/lighthouse-<page>.json.
 *
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium. Ports: BENCH_PORT (default 4390) and the port
 * after it (nginx), and the one after those (tiles). SITE_URL defaults to the local address.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    'no-scale': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    pages: { type: 'string', default: 'home,story,unit,route,map,search' },
    runs: { type: 'string', default: '1' },
    'no-build': { type: 'boolean', default: false },
  },
});
const PAGE_NAMES = ['home', 'story', 'unit', 'route', 'map', 'search'];
const chosenPages = values.pages.split(',').map((name) => name.trim());
const unknownPage = chosenPages.find((name) => !PAGE_NAMES.includes(name));
if (unknownPage) {
  console.error(`bench: --pages names "${unknownPage}"; choose from ${PAGE_NAMES.join(', ')}`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`bench: --runs "${values.runs}" must be a whole number of at least 1`);
  process.exit(2);
}
const sizes = values.sizes.split(',').map((n) => Number(n.trim()));
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`bench: --sizes "${values.sizes}" must be whole numbers separated by commas, e.g. 100,1000`);
  process.exit(2);
}
const PORT = Number(process.env.BENCH_PORT ?? 4390);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const firstDir = (dir) =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(ROOT, dir, e.name, 'index.html')),
  )?.name;

/** Bytes and files under a directory. */
function size(dir) {
  let bytes = 0;
  let files = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        bytes += statSync(p).size;
        files += 1;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** CRC-32 of PNG chunks. */
function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A PNG of `size`×`size` pixels in one colour (a map's land), as a tile server would send it. */
function pngTile(size, [r, g, b] = [0xee, 0xf0, 0xea]) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, deflate, no filter method, no interlace
  const row = Buffer.alloc(1 + size * 3); // filter byte 0, then the pixels
  for (let x = 0; x < size; x++) row.set([r, g, b], 1 + x * 3);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A local tile server: every `…/{z}/{x}/{y}.png` gets a 256-pixel tile, `…@2x.png` a 512-pixel one. */
async function startTileServer(port) {
  const tiles = { 256: pngTile(256), 512: pngTile(512) };
  const server = createServer((req, res) => {
    const match = /\/\d+\/\d+\/\d+(@2x)?\.png$/.exec(new URL(req.url ?? '/', 'http://x').pathname);
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'public, max-age=86400' });
    res.end(match[1] ? tiles[512] : tiles[256]);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/**
 * A build for Lighthouse, into `outDir`, with the map's tiles from `tileUrl` (PUBLIC_BASEMAP=xyz)
 * and otherwise as `env` says (the demo: its data set and content, as npm run build:demo left them).
 */
function buildWithTiles(outDir, tileUrl, env = {}) {
  console.log(`bench: building ${outDir}/ with PUBLIC_BASEMAP=xyz PUBLIC_TILE_URL=${tileUrl}…`);
  const child = spawnSync(join(ROOT, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
      ASTRO_TELEMETRY_DISABLED: '1',
      PUBLIC_BASEMAP: 'xyz',
      PUBLIC_TILE_URL: tileUrl,
      PUBLIC_TILE_ATTRIBUTION: '本地测试瓦片',
      ...env,
    },
  });
  if (child.status !== 0) {
    console.error(child.stdout.slice(-4000), child.stderr.slice(-4000));
    throw new Error(`bench: the build of ${outDir}/ failed`);
  }
}

/** Whether the machine has a font for Chinese, as readers' devices do (fontconfig's list). */
function hasChineseFont() {
  const list = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return list.status === 0 && list.stdout.trim() !== '';
}

async function runLighthouse() {
  if (!hasChineseFont()) {
    console.error(
      'bench: no font for Chinese is installed (fc-list :lang=zh lists none). Chromium would draw\n' +
        "the pages' text as boxes after searching every font for each character, which readers'\n" +
        'devices never do, and Lighthouse would time that. Install one first (Debian:\n' +
        'apt-get install -y fonts-noto-cjk).',
    );
    process.exit(1);
  }
  if (!existsSync(join(ROOT, '.demo', 'content', 'routes'))) {
    console.error('bench: the demo content is missing: run npm run build:demo first.');
    process.exit(1);
  }
  const tiles = `http://localhost:${PORT + 2}/{z}/{x}/{y}{r}.png`;
  const realDir = join('.bench', 'lighthouse-real');
  const demoDir = join('.bench', 'lighthouse-demo');
  const built = (dir) => values['no-build'] && existsSync(join(ROOT, dir, 'index.html'));
  if (!built(realDir)) buildWithTiles(realDir, tiles);
  if (!built(demoDir))
    buildWithTiles(demoDir, tiles, {
      SITE_DATA: 'demo',
      CONTENT_DIR: '.demo/content',
      PUBLIC_MAP_REVIEW_NUMBER: 'GS(0000)0000号',
    });
  const tileServer = await startTileServer(PORT + 2);
  const server = spawn('node', ['scripts/serve-nginx.mjs', `${realDir}:${PORT}`, `${demoDir}:${PORT + 1}`], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('serve-nginx:') && resolve());
    server.on('exit', (code) => reject(new Error(`serve-nginx exited with ${code}`)));
  });
  const real = `http://localhost:${PORT}`;
  const demo = `http://localhost:${PORT + 1}`;
  const pages = [
    ['home', `${real}/`],
    ['story', `${real}/stories/${firstDir(join(realDir, 'stories'))}/`],
    ['unit', `${real}/units/${firstDir(join(realDir, 'units'))}/`],
    ['route', `${demo}/routes/${firstDir(join(demoDir, 'routes'))}/`],
    ['map', `${real}/map/`],
    ['search', `${real}/search/?q=${encodeURIComponent('团结')}`],
  ].filter(([name]) => chosenPages.includes(name));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const rows = [];
  try {
    for (const [name, url] of pages) {
      const reports = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
        if (!result?.lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
        reports.push(result.lhr);
      }
      // The run with the median performance score stands for the page.
      reports.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const lhr = reports[Math.floor(reports.length / 2)];
      writeFileSync(join(ROOT, '.bench', `lighthouse-${name}.json`), JSON.stringify(lhr));
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
        .filter((a) => a && a.score !== null && a.score < 1)
        .map((a) => a.id);
      rows.push({
        page: name === 'route' ? 'route (demo)' : name,
        ...(runs > 1
          ? {
              'performance, each run': reports
                .map((r) => Math.round((r.categories.performance?.score ?? 0) * 100))
                .join(' '),
            }
          : {}),
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best practices': score('best-practices'),
        SEO: score('seo'),
        'LCP ms': Math.round(audit('largest-contentful-paint')),
        'FCP ms': Math.round(audit('first-contentful-paint')),
        'TBT ms': Math.round(audit('total-blocking-time')),
        'SI ms': Math.round(audit('speed-index')),
        CLS: Number(audit('cumulative-layout-shift').toFixed(3)),
        'below 1': [...new Set(failing)].join(' '),
      });
    }
  } finally {
    chrome.kill();
    server.kill('SIGTERM');
    tileServer.close();
  }
  console.log(
    `Lighthouse ${lighthouseVersion()} (mobile preset), served by nginx, tiles from a local server; target 100 in every category`,
  );
  console.table(rows);
}

function lighthouseVersion() {
  return spawnSync('node', ['-p', "require('lighthouse/package.json').version"], {
    cwd: ROOT,
    encoding: 'utf8',
  }).stdout.trim();
}

async function runScale() {
  const rows = [];
  for (const stories of sizes) {
    console.log(`bench: building the demo with ${stories} stories…`);
    const started = performance.now();
    const child = spawnSync('/usr/bin/time', ['-v', 'tsx', 'scripts/build-demo.ts', '--stories', String(stories)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    const seconds = (performance.now() - started) / 1000;
    if (child.status !== 0) {
      console.error(child.stdout.slice(-4000), child.stderr.slice(-4000));
      throw new Error(`bench: the ${stories}-story build failed`);
    }
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1] ?? NaN);
    const out = join(ROOT, '.bench', `scale-${stories}`);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    renameSync(join(ROOT, 'dist-demo'), out);
    const pages = Number(/(\d+) page\(s\) built/.exec(child.stdout)?.[1] ?? NaN);
    const dist = size(out);
    const index = size(join(out, 'pagefind'));
    rows.push({
      stories,
      pages,
      'build s': Number(seconds.toFixed(1)),
      'ms per page': Math.round((seconds * 1000) / pages),
      'peak memory': `${(peakKb / 1024).toFixed(0)} MB`,
      dist: `${mb(dist.bytes)}, ${dist.files} files`,
      'search index': `${mb(index.bytes)}, ${index.files} files`,
    });
    console.table(rows);
  }
  console.log(
    'Build scaling on the demo corpus (machine load average now',
    spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout.trim(),
    ')',
  );
  console.table(rows);
}

if (!values['no-lighthouse']) await runLighthouse();
if (!values['no-scale']) await runScale();
