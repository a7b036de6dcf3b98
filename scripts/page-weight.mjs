#!/usr/bin/env node
/**
 * Prints the weight of one page of each type in a built site: bytes of HTML and of the CSS and JS
 * it loads, raw and gzipped. Usage: `npm run weight` (reads dist/) or `npm run weight -- dist-demo`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
  process.exit(1);
}

/** The first page found under each directory stands for its type. */
function firstPage(dir) {
  const full = join(dist, dir);
  if (!existsSync(full)) return undefined;
  const child = readdirSync(full, { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(full, e.name, 'index.html')),
  );
  return child ? `${dir}/${child.name}/index.html` : undefined;
}

const pages = [
  ['home', 'index.html'],
  ['stories index', 'stories/index.html'],
  ['story', firstPage('stories')],
  ['units directory', 'units/index.html'],
  ['unit', firstPage('units')],
  ['routes index', 'routes/index.html'],
  ['route', firstPage('routes')],
  ['map', 'map/index.html'],
  ['planner', 'plan/index.html'],
  ['about', 'about/index.html'],
  ['story embed', firstPage('embed/stories')],
  ['unit embed', firstPage('embed/units')],
  ['route embed', firstPage('embed/routes')],
].filter(([, file]) => file && existsSync(join(dist, file)));

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const assets = (html, pattern) => [...html.matchAll(pattern)].map((m) => m[1]).filter((src) => src.startsWith('/'));

const rows = pages.map(([type, file]) => {
  const html = readFileSync(join(dist, file));
  const text = html.toString('utf8');
  const css = assets(text, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((h) => readFileSync(join(dist, h)));
  const js = assets(text, /<script[^>]+src="([^"]+)"/g).map((s) => readFileSync(join(dist, s)));
  const sum = (list, f) => list.reduce((total, b) => total + f(b), 0);
  return {
    type,
    page: `/${file.replace(/index\.html$/, '')}`,
    'html (gz)': `${html.length} (${gz(html)})`,
    'css (gz)': `${sum(css, (b) => b.length)} (${sum(css, gz)})`,
    'js (gz)': `${sum(js, (b) => b.length)} (${sum(js, gz)})`,
    'html+css gz': gz(html) + sum(css, gz),
  };
});
console.log(`Page weight in ${dist}/, bytes (gzip -9 in brackets)`);
console.table(rows);
