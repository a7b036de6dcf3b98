#!/usr/bin/env node
/**
 * Page weight budgets, checked in `npm test` after the builds: for each page type, the gzipped
 * bytes of HTML, CSS and JS loaded before the reader interacts (measured by
 * scripts/page-weight.mjs), against the targets below. Prints every figure; exits 1 when any is
 * over its target, naming it.
 *
 *   node scripts/budgets.mjs [dist …]     default: dist and dist-demo, where built
 *
 * The story page has its own rule, checked on every story, not one: everything needed to read it
 * (the HTML up to the end of the story, and the render-blocking CSS, gzipped) fits in 14 KB, the
 * first round trip of a new connection (10 TCP segments), and no script blocks its rendering (its scripts are modules, run after
 * parsing; the page reads fully without them, as e2e/resilience.spec.ts checks).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measurePages } from './page-weight.mjs';

const KB = 1024;

/** Targets in gzipped bytes. CSS is one stylesheet shared by every page. */
export const TARGETS = {
  home: { html: 6 * KB, js: 2 * KB },
  'stories index': { html: 8 * KB, js: 2 * KB },
  story: { html: 11 * KB, js: 3 * KB },
  'units directory': { html: 8 * KB, js: 5 * KB },
  unit: { html: 10 * KB, js: 4 * KB },
  'routes index': { html: 5 * KB, js: 2 * KB },
  // A route page also carries its 审图号 for print, the offline save button and the WeChat share
  // block, and their scripts (the saved-routes list and the poster load on demand).
  route: { html: 13 * KB, js: 5 * KB },
  map: { html: 10 * KB, js: 6 * KB },
  planner: { html: 10 * KB, js: 8 * KB },
  search: { html: 5 * KB, js: 8 * KB },
  about: { html: 6 * KB, js: 2 * KB },
  'story embed': { html: 6 * KB, js: 0 },
  'unit embed': { html: 4 * KB, js: 0 },
  // The route's small map: its loader only; Leaflet arrives when the map is scrolled into view.
  'route embed': { html: 5 * KB, js: 2 * KB },
};
/** Target of the one stylesheet, gzipped. */
export const CSS_TARGET = 5 * KB;
/** One round trip: 10 segments of 1,460 bytes (RFC 6928), rounded down to 14 KB. */
export const FIRST_ROUND_TRIP = 14 * KB;

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * The part of a story page a reader needs to read the story: the HTML from its start to the end
 * of the story's `<article>` (head, header, the story with its key figures and source). What
 * follows (the units list, the share panel, the footer) arrives after it in the same compressed
 * stream and does not hold the story back; the whole page has its own target in TARGETS.
 */
function readingPart(html) {
  const text = html.toString('utf8');
  const end = text.indexOf('</article>', text.indexOf('id="main"'));
  return end === -1 ? html : Buffer.from(text.slice(0, end + '</article>'.length));
}

/** HTML (to the end of the story) + stylesheet bytes, gzipped, of every story page, largest first. */
function storyReadBytes(dist) {
  const dir = join(dist, 'stories');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.html')))
    .map((e) => {
      const html = readFileSync(join(dir, e.name, 'index.html'));
      const css = [...html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="(\/[^"]+)"/g)].map((m) =>
        readFileSync(join(dist, m[1])),
      );
      return { page: `/stories/${e.name}/`, bytes: gz(readingPart(html)) + css.reduce((sum, b) => sum + gz(b), 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

const dists =
  process.argv.length > 2
    ? process.argv.slice(2)
    : ['dist', 'dist-demo'].filter((d) => existsSync(join(d, 'index.html')));
if (dists.length === 0) {
  console.error('budgets: no built site (dist/ or dist-demo/): run `npm run build` first.');
  process.exit(1);
}

const over = [];
const check = (label, value, target) => {
  const ok = value <= target;
  if (!ok) over.push(`${label}: ${value} B > ${target} B`);
  return `${value} / ${target}${ok ? '' : ' OVER'}`;
};

for (const dist of dists) {
  const rows = measurePages(dist).map((row) => {
    const target = TARGETS[row.type];
    if (!target) {
      over.push(`${dist} ${row.type}: no target written down in scripts/budgets.mjs`);
      return { type: row.type };
    }
    if (row.blockingScripts > 0) over.push(`${dist} ${row.page}: ${row.blockingScripts} render-blocking script(s)`);
    return {
      type: row.type,
      page: row.page,
      'html gz / target': check(`${dist} ${row.page} HTML`, row.htmlGz, target.html),
      'css gz / target': check(`${dist} ${row.page} CSS`, row.cssGz, CSS_TARGET),
      'js gz / target': check(`${dist} ${row.page} JS`, row.jsGz, target.js),
      'blocking js': row.blockingScripts,
    };
  });
  console.log(`Budgets in ${dist}/: bytes gzipped (-9) before interaction, measured / target`);
  console.table(rows);
  const stories = storyReadBytes(dist);
  if (stories.length > 0) {
    const [largest] = stories;
    console.log(
      `Story pages: ${stories.length}; to read one (HTML to the end of the story + CSS, gz): largest ${largest.bytes} B (${largest.page}), target ${FIRST_ROUND_TRIP} B; no render-blocking script.`,
    );
    for (const story of stories) {
      if (story.bytes > FIRST_ROUND_TRIP)
        over.push(`${dist} ${story.page}: ${story.bytes} B to read > ${FIRST_ROUND_TRIP} B`);
    }
  }
}

if (over.length > 0) {
  console.error(`\nbudgets: over budget:\n  ${over.join('\n  ')}`);
  process.exit(1);
}
console.log('budgets: every page type within its targets.');
