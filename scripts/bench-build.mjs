#!/usr/bin/env node
/**
 * Build benchmark: this site against a plain Astro + MDX + Pagefind site on the very same story
 * texts, side by side in one run, and a rebuild of this site after one story is edited.
 *
 * For each size N:
 *   1. the fictional demo content is generated with N stories (`build-demo --no-build`);
 *   2. plain: a minimal Astro site (one layout with `lang="zh-CN"`, a post page, an index, MDX) is
 *      written into a temporary folder under .bench/, the N story files are copied into it, and
 *      it is built cold with `astro build`, then indexed with Pagefind's CLI;
 *   3. site, cold: the demo build (`npm run build:demo` on that content), its output and cache
 *      folders removed first;
 *   4. site, rebuild: one story's title and text are changed and the demo is built again with the
 *      caches kept; the script checks that the new title reached the page, then puts the story back.
 *
 * It prints one table: wall time, HTML pages, ms per page, ms per story, peak memory (the sum over
 * the build's processes, sampled every 200 ms; each build starts after `sync`, so the files the
 * one before wrote are on disk), and the ratios the targets are written against
 * (README, "性能基准"): cold ms per page against plain's, rebuild wall against plain's cold wall,
 * and, with several sizes, ms per page against the smallest size.
 *
 *   npm run bench:build -- --stories 1000
 *   npm run bench:build -- --stories 1000,10000
 *   npm run bench:build -- --stories 200 --keep     keep .bench/plain-* for a look
 *
 * The last demo build is left in dist-demo/ with the edited story in it (the story file itself is
 * put back); run `npm run build:demo` before the browser tests, which use 60 stories.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO_CONTENT = '.demo/content';
const DEMO_OUT = 'dist-demo';
/** Astro's cache folder of the demo data set: CACHE_DIR in src/lib/content/contentDir.ts. */
const DEMO_CACHE = `node_modules/.astro-${DEMO_CONTENT.replace(/[^\w]+/g, '-')}`;
const SITE_URL = 'http://localhost:4321';
/** The story edited before the rebuild: the first one of every data set. */
const EDITED_STORY = 'demo-story-00001';
const EDIT_MARK = '（基准测试修改）';

const USAGE = `Usage: npm run bench:build -- --stories N[,N…] [--keep]

  --stories N   demo stories per run, e.g. 1000 or 1000,10000 (default 1000)
  --keep        keep the plain site's folder under .bench/`;

function fail(message) {
  console.error(`bench-build: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      stories: { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  }));
} catch (error) {
  fail(error.message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.stories.split(',').map((text) => {
  const n = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > 99_999) {
    fail(`--stories takes whole numbers from 1 to 99999 separated by commas, got ${JSON.stringify(text)}.`);
  }
  return n;
});

mkdirSync(join(ROOT, '.bench'), { recursive: true });
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const astroCli = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * Resident memory of `pid` and all its descendants (Linux /proc): the sum in bytes, and the share
 * of each program by name (node, pagefind_extended, …). Zero when /proc cannot be read.
 */
function treeRss(pid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return { total: 0, parts: new Map() };
  }
  const children = new Map();
  const processes = new Map();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const program = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const parent = Number(fields[1]);
      processes.set(Number(name), { program, rss: Number(fields[21]) * 4096 });
      if (!children.has(parent)) children.set(parent, []);
      children.get(parent).push(Number(name));
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const parts = new Map();
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop();
    const found = processes.get(current);
    if (found) {
      total += found.rss;
      parts.set(found.program, (parts.get(found.program) ?? 0) + found.rss);
    }
    queue.push(...(children.get(current) ?? []));
  }
  return { total, parts };
}

/** When the peak was reached, by the clock the build's log uses, and what held the memory. */
function describePeak(peak, at, parts) {
  const time = new Date(at).toTimeString().slice(0, 8);
  const programs = [...parts]
    .sort((a, b) => b[1] - a[1])
    .map(([program, bytes]) => `${program} ${mib(bytes)}`)
    .join(', ');
  return `peak memory ${mib(peak)} at ${time} (${programs})`;
}

/**
 * Runs a command to the end; resolves with its wall time and the peak memory of its process tree.
 * Output goes to a log file (printed in full if the command fails).
 */
function run(label, command, args, { cwd = ROOT, env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const logFile = join(ROOT, '.bench', `build-${label.replace(/\W+/g, '-')}.log`);
    const log = [];
    // The files the last build wrote go to disk first, so that this build does not pay for them.
    spawnSync('sync');
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let peakAt = Date.now();
    let peakParts = new Map();
    const sampler = setInterval(() => {
      const { total, parts } = treeRss(child.pid);
      if (total > peak) [peak, peakAt, peakParts] = [total, Date.now(), parts];
    }, 200);
    child.stdout.on('data', (chunk) => log.push(chunk));
    child.stderr.on('data', (chunk) => log.push(chunk));
    child.on('error', (error) => {
      clearInterval(sampler);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      const wall = performance.now() - started;
      const output = Buffer.concat(log).toString('utf8');
      const peakNote = describePeak(peak, peakAt, peakParts);
      // The peak's time matches the log's own timestamps: what the build was doing then.
      writeFileSync(logFile, `${output}\nbench-build: ${peakNote}\n`);
      if (code !== 0) {
        reject(new Error(`${label}: ${command} ${args.join(' ')} exited with ${code}\n${output.slice(-4000)}`));
        return;
      }
      resolve({ wall, peak, peakNote, output });
    });
  });
}

/** Runs steps one after the other and adds their walls and takes the largest peak. */
async function runSteps(label, steps) {
  let wall = 0;
  let peak = 0;
  let peakNote = '';
  for (const [index, [command, args, options]] of steps.entries()) {
    const result = await run(`${label}-${index + 1}`, command, args, options);
    wall += result.wall;
    if (result.peak > peak) [peak, peakNote] = [result.peak, result.peakNote];
  }
  return { wall, peak, peakNote };
}

/** HTML files under `dir`, the search index folders left out. */
function countHtml(dir) {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && !/(^|[\\/])pagefind/.test(relative(dir, entry.parentPath))) {
      count++;
    }
  }
  return count;
}

/** The plain site: one layout, a post page and an index over the stories, MDX, zh-CN. */
function writePlainSite(stories) {
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.bench', 'plain-'));
  const files = {
    'package.json': JSON.stringify({ name: 'plain-site', private: true, type: 'module' }),
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: '${SITE_URL}', integrations: [mdx()] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { stories: defineCollection({ loader: glob({ pattern: '*.mdx', base: './src/content/stories' }) }) };
`,
    'src/layouts/Layout.astro': `---
const { title } = Astro.props;
---
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main><slot /></main></body>
</html>
`,
    'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Layout from '../layouts/Layout.astro';
const stories = (await getCollection('stories')).sort((a, b) => String(b.data.date).localeCompare(String(a.data.date)));
---
<Layout title="故事">
  <h1>故事</h1>
  <ul>{stories.map((story) => <li><a href={\`/stories/\${story.id}/\`}>{story.data.title}</a></li>)}</ul>
</Layout>
`,
    'src/pages/stories/[id].astro': `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('stories')).map((story) => ({ params: { id: story.id }, props: { story } }));
}
const { story } = Astro.props;
const { Content } = await render(story);
---
<Layout title={story.data.title}>
  <article><h1>{story.data.title}</h1><p>{story.data.summary}</p><Content /></article>
</Layout>
`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  cpSync(stories, join(dir, 'src', 'content', 'stories'), { recursive: true });
  return dir;
}

/** The demo build as `npm run build:demo` runs it (same settings), on the content as it stands. */
const buildDemo = (label) => run(label, bin('tsx'), ['scripts/build-demo.ts', '--keep-content'], { env: { SITE_URL } });

async function benchmark(stories) {
  console.error(`\nbench-build: ${stories} stories`);
  await run(`generate-${stories}`, bin('tsx'), ['scripts/build-demo.ts', '--stories', String(stories), '--no-build']);
  const storyDir = join(ROOT, DEMO_CONTENT, 'stories');

  console.error('  plain Astro + MDX + Pagefind, cold …');
  const plainDir = writePlainSite(storyDir);
  const plain = await runSteps(`plain-${stories}`, [
    [process.execPath, [astroCli, 'build'], { cwd: plainDir }],
    [bin('pagefind'), ['--site', 'dist'], { cwd: plainDir }],
  ]);
  plain.html = countHtml(join(plainDir, 'dist'));
  if (!values.keep) rmSync(plainDir, { recursive: true, force: true });

  console.error('  this site, cold …');
  rmSync(join(ROOT, DEMO_OUT), { recursive: true, force: true });
  rmSync(join(ROOT, DEMO_CACHE), { recursive: true, force: true });
  const cold = await buildDemo(`site-cold-${stories}`);
  cold.html = countHtml(join(ROOT, DEMO_OUT));

  console.error(`  this site, rebuild after editing ${EDITED_STORY} …`);
  const storyFile = join(storyDir, `${EDITED_STORY}.mdx`);
  const original = readFileSync(storyFile, 'utf8');
  const edited = original
    .replace(/^title: (.*)$/m, (_, title) => `title: ${title}${EDIT_MARK}`)
    .replace(/\n---\n/, `\n---\n\n本段为基准测试而改动${EDIT_MARK}。\n`);
  if (edited === original) throw new Error(`bench-build: could not edit ${storyFile}`);
  writeFileSync(storyFile, edited);
  let rebuild;
  try {
    rebuild = await buildDemo(`site-rebuild-${stories}`);
    const page = readFileSync(join(ROOT, DEMO_OUT, 'stories', EDITED_STORY, 'index.html'), 'utf8');
    if (!page.includes(EDIT_MARK)) throw new Error(`bench-build: the rebuild did not publish the edit of ${storyFile}`);
  } finally {
    writeFileSync(storyFile, original);
  }
  rebuild.html = countHtml(join(ROOT, DEMO_OUT));
  return { stories, plain, cold, rebuild };
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes) => (bytes > 0 ? `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB` : 'n/a');

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const loadBefore = load();
const results = [];
for (const stories of sizes) results.push(await benchmark(stories));

const perPage = (r) => r.wall / r.html;
const rows = [['stories', 'build', 'wall', 'HTML pages', 'ms per page', 'ms per story', 'peak memory']];
for (const { stories, plain, cold, rebuild } of results) {
  for (const [name, r] of [
    ['plain Astro + MDX + Pagefind, cold', plain],
    ['this site, cold', cold],
    ['this site, rebuild after one edit', rebuild],
  ]) {
    rows.push([
      stories.toLocaleString('en'),
      name,
      seconds(r.wall),
      r.html.toLocaleString('en'),
      perPage(r).toFixed(1),
      (r.wall / stories).toFixed(1),
      mib(r.peak),
    ]);
  }
}
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
console.log(`\nBuild benchmark, ${cpus().length} CPUs, load average before ${loadBefore}, after ${load()}\n`);
console.log(line(rows[0]));
console.log(line(widths.map((width) => '-'.repeat(width))));
for (const row of rows.slice(1)) console.log(line(row));
console.log('\nRatios (target ≤ 1.0, README "性能基准"):');
const smallest = results[0];
for (const { stories, plain, cold, rebuild } of results) {
  const pageRatio = perPage(cold) / perPage(plain);
  const rebuildRatio = rebuild.wall / plain.wall;
  console.log(
    `  ${stories.toLocaleString('en')} stories: cold ms per page / plain's = ${pageRatio.toFixed(2)}; ` +
      `rebuild wall / plain cold wall = ${rebuildRatio.toFixed(2)}`,
  );
  if (stories !== smallest.stories) {
    console.log(
      `    ms per page at ${stories.toLocaleString('en')} / at ${smallest.stories.toLocaleString('en')} = ` +
        `${(perPage(cold) / perPage(smallest.cold)).toFixed(2)} (target ≤ 1.2); peak ${mib(cold.peak)} (target ≤ 4,096 MiB)`,
    );
  }
}
console.log('\nWhen each build reached its peak memory, and what held it (match the time in its log):');
for (const { stories, plain, cold, rebuild } of results) {
  for (const [name, r] of [
    ['plain, cold', plain],
    ['this site, cold', cold],
    ['this site, rebuild', rebuild],
  ]) {
    console.log(`  ${stories.toLocaleString('en')} stories, ${name}: ${r.peakNote}`);
  }
}
console.log(`\nLogs of each build: ${relative(ROOT, join(ROOT, '.bench'))}/build-*.log`);
if (!existsSync(join(ROOT, DEMO_OUT))) console.log('dist-demo/ is missing: the last build failed.');
