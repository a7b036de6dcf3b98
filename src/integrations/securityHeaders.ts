/**
 * Astro integration that writes the site's security headers into the build (`astro:build:done`):
 * it reads every HTML page, tokenizes it as a browser does, hashes the inline scripts and styles
 * the build emitted (never text that only looks like markup), and writes
 *
 *   <outDir>/_headers                   for static hosts that read it (Netlify, Cloudflare Pages…)
 *   <outDir>/_nginx/page-headers.conf   nginx snippets included by deploy/nginx/site.conf
 *   <outDir>/_nginx/embed-headers.conf
 *
 * The policy itself is src/lib/security/securityHeaders.ts. A page with an inline event handler or
 * `style` attribute, which the policy would block, stops the build with the file, line and tag named.
 *
 * What a page holds is kept between builds by a hash of the page (in the data set's cache folder),
 * so a rebuild parses again only the pages that changed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { derivedFile, keepFile } from '../lib/buildCache';
import { CACHE_DIR } from '../lib/content/contentDir';
import { basemapFrom } from '../lib/map/basemap';
import { htmlTokens } from '../lib/security/htmlTokens';
import {
  cspHash,
  headersFile,
  type InlineCode,
  inlineCode,
  nginxSnippet,
  siteHeaders,
  tileOrigins,
} from '../lib/security/securityHeaders';

/** Problems listed in the error; a component used on every page would otherwise list each page. */
const SHOWN_PROBLEMS = 20;

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });

/**
 * What the scan's result depends on besides the page: the code that parses and hashes. A change to
 * any of it (or a new parse5) makes every kept result stale.
 */
const SCAN_VERSION = createHash('sha256')
  .update([inlineCode, htmlTokens, cspHash].map(String).join('\n'))
  .digest('hex');

interface KeptScans {
  version: string;
  pages: Record<string, InlineCode>;
}

/** The results kept by the last build, or none if there are none or they are stale or unreadable. */
function readKeptScans(file: string): Record<string, InlineCode> {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptScans;
    return kept.version === SCAN_VERSION && typeof kept.pages === 'object' ? kept.pages : {};
  } catch {
    return {};
  }
}

/**
 * Writes the header files for the build in `outDir`; returns the number of inline hashes and of
 * pages parsed (the others were unchanged since the last build).
 */
export function writeSecurityHeaders(
  outDir: string,
  cacheDir: string = CACHE_DIR,
): { scripts: number; styles: number; tiles: string[]; parsed: number } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  const keptFile = derivedFile(cacheDir, 'inline-code.json');
  const kept = readKeptScans(keptFile);
  const scans: Record<string, InlineCode> = {};
  let parsed = 0;
  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, 'utf8');
    const key = createHash('sha256').update(html).digest('base64');
    let code = kept[key];
    if (!code) {
      code = inlineCode(html);
      parsed++;
    }
    scans[key] = code;
    code.scripts.forEach((hash) => scripts.add(hash));
    code.styles.forEach((hash) => styles.add(hash));
    problems.push(...code.problems.map((problem) => `${relative(outDir, file)} ${problem}`));
  }
  if (problems.length > 0) {
    throw new Error(
      `安全响应头：构建出的页面里有内容安全策略（CSP）会拦截的内联代码，构建已停止。这些代码来自网站的组件或布局（src/），不是内容文件；按每条的说明改正后重新构建：\n${problems.slice(0, SHOWN_PROBLEMS).join('\n')}${problems.length > SHOWN_PROBLEMS ? `\n……另有 ${problems.length - SHOWN_PROBLEMS} 处` : ''}`,
    );
  }
  const tiles = tileOrigins(basemapFrom());
  const headers = siteHeaders({ scripts: [...scripts], styles: [...styles], tiles });
  const root = readdirSync(outDir, { withFileTypes: true });
  writeFileSync(
    join(outDir, '_headers'),
    headersFile(headers, {
      dirs: root.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
      files: root.filter((entry) => entry.isFile()).map((entry) => entry.name),
    }),
  );
  mkdirSync(join(outDir, '_nginx'), { recursive: true });
  writeFileSync(join(outDir, '_nginx', 'page-headers.conf'), nginxSnippet(headers.page));
  writeFileSync(join(outDir, '_nginx', 'embed-headers.conf'), nginxSnippet(headers.embed));
  keepFile(keptFile, JSON.stringify({ version: SCAN_VERSION, pages: scans } satisfies KeptScans));
  return { scripts: scripts.size, styles: styles.size, tiles, parsed };
}

/** The integration: writes the header files into the finished build. */
export default function securityHeaders(): AstroIntegration {
  let root = '';
  return {
    name: 'mztj:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const { scripts, styles, tiles, parsed } = writeSecurityHeaders(fileURLToPath(dir), resolve(root, CACHE_DIR));
        logger.info(
          `_headers and nginx snippets written: ${scripts} inline script hash(es), ${styles} style hash(es), tiles from ${tiles.join(' ') || 'nowhere'}; ${parsed} page(s) parsed, the others unchanged since the last build`,
        );
      },
    },
  };
}
