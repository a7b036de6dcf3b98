/**
 * Builds the site from the fictional demo data set: regenerates `.demo/content/` with
 * `generateDemoContent` (scripts/lib/demo/demoData.ts), then runs `astro build` with
 * `CONTENT_DIR=.demo/content` and `SITE_DATA=demo`, which writes to `dist-demo/`. The real
 * `content/` and `dist/` are never touched.
 *
 *   npm run build:demo                       200 stories, default seed
 *   npm run build:demo -- --stories 1000 --seed 42
 *   npm run build:demo -- --no-build         only regenerate .demo/content/
 *   npm run build:demo -- --keep-content     build .demo/content/ as it is (after an edit, say)
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_SEED, generateDemoContent } from './lib/demo/demoData';
import { LOCAL_SITE_URL } from '../src/lib/paths';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CONTENT_DIR = '.demo/content';
const DEFAULT_STORIES = 200;
const MAX_STORIES = 99_999;

const USAGE = `Usage: npm run build:demo -- [--stories N] [--seed S] [--no-build | --keep-content]

  --stories N     number of fictional stories, 0–${MAX_STORIES} (default ${DEFAULT_STORIES})
  --seed S        integer seed of the stories (default ${DEFAULT_DEMO_SEED}); units and routes never change
  --no-build      only regenerate ${CONTENT_DIR}/, do not run astro build
  --keep-content  build ${CONTENT_DIR}/ as it is, without regenerating it`;

/** Stops with a message that says what was wrong and what is accepted. */
function fail(message: string): never {
  console.error(`build-demo: ${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Parses a whole decimal integer, or returns undefined for anything else ("", "1e3", "12abc", "1.5"). */
function parseInteger(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text.trim()) ? Number(text) : undefined;
}

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        stories: { type: 'string' },
        seed: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        'keep-content': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function readOptions() {
  const values = parseCommandLine();
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }

  let stories = DEFAULT_STORIES;
  if (values.stories !== undefined) {
    const n = parseInteger(values.stories);
    if (n === undefined || !Number.isSafeInteger(n) || n < 0 || n > MAX_STORIES) {
      fail(`--stories must be a whole number from 0 to ${MAX_STORIES}, got ${JSON.stringify(values.stories)}.`);
    }
    stories = n;
  }

  let seed = DEFAULT_DEMO_SEED;
  if (values.seed !== undefined) {
    const s = parseInteger(values.seed);
    if (s === undefined || !Number.isSafeInteger(s)) {
      fail(`--seed must be a whole number, got ${JSON.stringify(values.seed)}.`);
    }
    seed = s;
  }
  if (values['keep-content'] && (values['no-build'] || values.stories !== undefined || values.seed !== undefined)) {
    fail('--keep-content builds the content as it is: it takes no --stories, --seed or --no-build.');
  }
  return { stories, seed, build: !values['no-build'], generate: !values['keep-content'] };
}

function writeDemoContent({ stories, seed }: { stories: number; seed: number }): void {
  const started = performance.now();
  const files = generateDemoContent({ stories, seed });
  const target = join(ROOT, CONTENT_DIR);
  rmSync(target, { recursive: true, force: true });
  let bytes = 0;
  const counts: Record<string, number> = { units: 0, routes: 0, stories: 0 };
  for (const file of files) {
    const path = join(target, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
    bytes += Buffer.byteLength(file.text);
    const collection = file.path.split('/')[0];
    if (collection !== undefined && collection in counts) counts[collection] = (counts[collection] ?? 0) + 1;
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `build-demo: wrote ${relative(ROOT, target)}/ (fictional demo data, seed ${seed}): ` +
      `${counts.units} units, ${counts.routes} routes, ${counts.stories} stories, ` +
      `${(bytes / 1024 / 1024).toFixed(1)} MiB in ${ms} ms`,
  );
}

function runAstroBuild() {
  const astro = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'astro.cmd' : 'astro');
  // The astro bin starts with `#!/usr/bin/env node`: put this Node first so it runs the same version.
  const env = {
    ...process.env,
    PATH: [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter),
    CONTENT_DIR,
    SITE_DATA: 'demo',
    // The demo is never published: its links point at the local preview unless told otherwise.
    SITE_URL: process.env.SITE_URL || LOCAL_SITE_URL,
    // A map review number as fictional as the rest of the demo (year 0000), so that its place on
    // the maps and the printed itinerary is shown and tested.
    PUBLIC_MAP_REVIEW_NUMBER: process.env.PUBLIC_MAP_REVIEW_NUMBER ?? 'GS(0000)0000号',
  };
  console.log(`build-demo: CONTENT_DIR=${CONTENT_DIR} SITE_DATA=demo SITE_URL=${env.SITE_URL} astro build`);
  const child = spawn(astro, ['build'], { cwd: ROOT, env, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('error', (error) => {
    console.error(`build-demo: could not start ${relative(ROOT, astro)}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) console.error(`build-demo: astro build stopped by ${signal}`);
    process.exit(code ?? 1);
  });
}

const options = readOptions();
if (options.generate) writeDemoContent(options);
if (options.build) runAstroBuild();
