#!/usr/bin/env node
/**
 * Prints the weight of one page of each type in a built site: bytes of HTML and of the CSS and JS
 * it loads before the reader does anything (stylesheets, inline and module scripts and the modules
 * they import statically; not what loads on demand by `import()`), raw and gzipped.
 * Usage: `npm run weight` (reads dist/) or `npm run weight -- dist-demo`.
 * scripts/budgets.mjs checks these figures against written-down targets.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The first page found under each directory stands for its type. */
function firstPage(dist, dir) {
  const full = join(dist, dir);
  if (!existsSync(full)) return undefined;
  const child = readdirSync(full, { withFileTypes: true }).find(
    (e) => e.isDirectory() && existsSync(join(full, e.name, 'index.html')),
  );
  return child ? `${dir}/${child.name}/index.html` : undefined;
}

/** [type, file] of one page of each type present in `dist`. */
export function pageTypes(dist) {
  return [
    ['home', 'index.html'],
    ['stories index', 'stories/index.html'],
    ['story', firstPage(dist, 'stories')],
    ['units directory', 'units/index.html'],
    ['unit', firstPage(dist, 'units')],
    ['routes index', 'routes/index.html'],
    ['route', firstPage(dist, 'routes')],
    ['map', 'map/index.html'],
    ['planner', 'plan/index.html'],
    ['search', 'search/index.html'],
    ['about', 'about/index.html'],
    ['story embed', firstPage(dist, 'embed/stories')],
    ['unit embed', firstPage(dist, 'embed/units')],
    ['route embed', firstPage(dist, 'embed/routes')],
  ].filter(([, file]) => file && existsSync(join(dist, file)));
}

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
const assets = (html, pattern) => [...html.matchAll(pattern)].map((m) => m[1]).filter((src) => src.startsWith('/'));

/** A module and every module it imports statically (`import … from "./x.js"`), as site paths. */
function staticGraph(dist, entries) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1];
      if (spec.startsWith('.') || spec.startsWith('/')) visit(posix.join(posix.dirname(path), spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** Figures for each page type: bytes raw and gzipped of HTML, CSS and JS loaded before interaction. */
export function measurePages(dist) {
  return pageTypes(dist).map(([type, file]) => {
    const html = readFileSync(join(dist, file));
    const text = html.toString('utf8');
    const css = assets(text, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).map((h) => readFileSync(join(dist, h)));
    const modules = staticGraph(dist, assets(text, /<script[^>]+src="([^"]+)"/g));
    const js = modules.map((s) => readFileSync(join(dist, s)));
    const sum = (list, f) => list.reduce((total, b) => total + f(b), 0);
    // Scripts that stop the parser: a src without type="module", defer or async.
    const blockingScripts = [...text.matchAll(/<script\b([^>]*)\bsrc=[^>]*>/g)].filter(
      (m) => !/type="module"|\bdefer\b|\basync\b/.test(m[0]),
    ).length;
    return {
      type,
      page: `/${file.replace(/index\.html$/, '')}`,
      html: html.length,
      htmlGz: gz(html),
      css: sum(css, (b) => b.length),
      cssGz: sum(css, gz),
      js: sum(js, (b) => b.length),
      jsGz: sum(js, gz),
      blockingScripts,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist';
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`No built site in ${dist}/: run \`npm run build\` first.`);
    process.exit(1);
  }
  console.log(`Page weight in ${dist}/, bytes (gzip -9 in brackets)`);
  console.table(
    measurePages(dist).map((row) => ({
      type: row.type,
      page: row.page,
      'html (gz)': `${row.html} (${row.htmlGz})`,
      'css (gz)': `${row.css} (${row.cssGz})`,
      'js (gz)': `${row.js} (${row.jsGz})`,
      'html+css gz': row.htmlGz + row.cssGz,
    })),
  );
}
