/**
 * The site's HTTP security headers, computed from the built pages (see README "安全响应头"):
 *
 * - a Content Security Policy without 'unsafe-inline': the few inline `<script>` and `<style>`
 *   elements the build emits are allowed by their SHA-256 hashes, everything else comes from the
 *   site itself; images may also come from the configured tile servers, and from nowhere else;
 * - `frame-ancestors 'none'` on every page except the embeds under `/embed/`, which any site may
 *   frame;
 * - HSTS, nosniff, Referrer-Policy and Permissions-Policy everywhere.
 *
 * Pure functions; `src/integrations/securityHeaders.ts` writes the results into the build as
 * `_headers` (static hosts) and nginx snippets (deploy/nginx/site.conf).
 */
import { createHash } from 'node:crypto';
import type { Basemap } from '../map/basemap';
import { htmlTokens, type StartTag } from './htmlTokens';

/**
 * Script types a browser executes (empty, a JavaScript MIME type, `module`); JSON-LD and JSON data
 * blocks are not scripts and need no hash. A type outside this list is not hashed: if a browser ran
 * it after all, the policy would block it, which shows in the browser tests, never the reverse.
 */
const EXECUTABLE = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;

/** `'sha256-…'` source expression of an inline element's text, as CSP compares it. */
export const cspHash = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** What the pages run inline, as CSP hashes. */
export interface InlineCode {
  /** Hashes of inline executable scripts. */
  scripts: string[];
  /** Hashes of inline `<style>` elements. */
  styles: string[];
  /** Where the page uses what a strict policy refuses (event handler or `style` attributes), in Chinese. */
  problems: string[];
}

/** A start tag as it stands in the page, shortened, for messages. */
function tagText(tag: StartTag): string {
  const attributes = tag.attributes.map(({ name, value }) =>
    value === '' ? name : `${name}="${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`,
  );
  return `<${[tag.name, ...attributes].join(' ')}>`;
}

/**
 * The inline code of one HTML page: the text of its inline `<script>` and `<style>` elements,
 * found by parsing the page as a browser does (parse5, through ./htmlTokens.ts), so that text which merely
 * looks like markup (a story title in an attribute value, escaped text) is never hashed.
 */
export function inlineCode(html: string): InlineCode {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  for (const token of htmlTokens(html)) {
    if (token.kind === 'raw') {
      const { element, text } = token;
      if (element.name === 'style') styles.add(cspHash(text));
      if (element.name !== 'script') continue;
      const has = (name: string) => element.attributes.some((attribute) => attribute.name === name);
      const type = element.attributes.find((attribute) => attribute.name === 'type')?.value.trim() ?? '';
      if (!has('src') && EXECUTABLE.test(type)) scripts.add(cspHash(text));
      continue;
    }
    const where = `第 ${token.line} 行 ${tagText(token)}`;
    if (token.foreign && (token.name === 'script' || token.name === 'style')) {
      problems.push(
        `${where}：SVG 或 MathML 里的内联 <${token.name}> 不能按哈希放行；改为外部文件或页面的样式表、脚本。`,
      );
    }
    for (const { name } of token.attributes) {
      if (/^on/.test(name)) {
        problems.push(
          `${where}：内容安全策略会拦截事件属性 ${name}；删去它，改在 src/scripts/ 的脚本里用 addEventListener 绑定。`,
        );
      } else if (name === 'style') {
        problems.push(
          `${where}：内容安全策略会拦截 style 属性；删去它，改用类名（Tailwind 或 src/styles/global.css），或在脚本里通过 element.style 设置。`,
        );
      }
    }
  }
  return { scripts: [...scripts], styles: [...styles], problems };
}

/** Origins (`https://host`) the basemap's tiles come from, each subdomain spelled out. */
export function tileOrigins(basemap: Pick<Basemap, 'layers'>): string[] {
  const origins = new Set<string>();
  for (const layer of basemap.layers) {
    const hosts = layer.url.includes('{s}')
      ? [...(layer.subdomains ?? 'abc')].map((s) => layer.url.replace('{s}', s))
      : [layer.url];
    for (const url of hosts) origins.add(new URL(url.replace(/\{[^}]*\}/g, '0')).origin);
  }
  return [...origins].sort();
}

/** What a Content Security Policy allows besides the site itself. */
export interface PolicyInput {
  scripts: string[];
  styles: string[];
  tiles: string[];
  /** `'none'` for site pages; `*` for embeds. */
  frameAncestors: string;
}

/** The Content-Security-Policy header value. */
export function contentSecurityPolicy({ scripts, styles, tiles, frameAncestors }: PolicyInput): string {
  const list = (...sources: string[]) => [...new Set(sources)].join(' ');
  return [
    `default-src 'self'`,
    // 'wasm-unsafe-eval': Pagefind searches with WebAssembly; it allows compiling WebAssembly, not eval().
    `script-src ${list(`'self'`, `'wasm-unsafe-eval'`, ...[...scripts].sort())}`,
    `style-src ${list(`'self'`, ...[...styles].sort())}`,
    // data: the blank image drawn in place of a tile that failed; blob: none needed, so not allowed.
    `img-src ${list(`'self'`, 'data:', ...tiles)}`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `worker-src 'self'`,
    `manifest-src 'self'`,
    `frame-src 'self'`,
    `media-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** Headers every response carries, whatever it is. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
};

/** The response headers of the two kinds of page. */
export interface SiteHeaders {
  /** Headers of site pages (not framable). */
  page: Record<string, string>;
  /** Headers of embed pages under `/embed/` (framable by any site). */
  embed: Record<string, string>;
}

/** Every security header of site pages and of embeds, from the build's inline code and tile servers. */
export function siteHeaders(input: Omit<PolicyInput, 'frameAncestors'>): SiteHeaders {
  return {
    page: {
      ...COMMON_HEADERS,
      'Content-Security-Policy': contentSecurityPolicy({ ...input, frameAncestors: `'none'` }),
      'X-Frame-Options': 'DENY',
    },
    embed: { ...COMMON_HEADERS, 'Content-Security-Policy': contentSecurityPolicy({ ...input, frameAncestors: '*' }) },
  };
}

/** A policy without its `frame-ancestors` directive: it then says nothing about framing. */
const withoutFraming = (policy: string): string =>
  policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors '))
    .join('; ');

/**
 * A `_headers` file (Netlify, Cloudflare Pages and similar hosts). Hosts differ when several rules
 * match one path: some send the headers of every matching rule (a header named twice is joined
 * with a comma, which for a Content Security Policy means both policies apply), others only the
 * most specific rule's value. Written so that both come out right:
 *
 * - `/*`, every path, including unlisted ones whose 404 the host serves: the common headers and
 *   the policy without `frame-ancestors` (every script and style restriction, no framing rule,
 *   since a framing rule there could not be relaxed for embeds);
 * - each top-level path of the build (`topLevel`: the names in its root) and `/embed/*`: the whole
 *   policy with its framing rule, which either stands alone or is added to the first one.
 */
export function headersFile(headers: SiteHeaders, topLevel: { dirs: string[]; files: string[] }): string {
  const block = (path: string, values: Record<string, string>) =>
    [path, ...Object.entries(values).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pageOnly = Object.fromEntries(Object.entries(headers.page).filter(([name]) => !(name in COMMON_HEADERS)));
  const embedOnly = Object.fromEntries(Object.entries(headers.embed).filter(([name]) => !(name in COMMON_HEADERS)));
  const rules = [
    '# Generated by the build (src/integrations/securityHeaders.ts); do not edit.',
    block('/*', {
      ...COMMON_HEADERS,
      'Content-Security-Policy': withoutFraming(headers.page['Content-Security-Policy'] ?? ''),
    }),
    block('/', pageOnly),
    ...topLevel.dirs
      .filter((dir) => !['embed', '_astro', '_nginx'].includes(dir))
      .sort()
      .map((dir) => block(`/${dir}/*`, pageOnly)),
    ...topLevel.files
      .filter((file) => file.endsWith('.html'))
      .sort()
      .map((file) => block(`/${file}`, pageOnly)),
    block('/embed/*', embedOnly),
    block('/_astro/*', { 'Cache-Control': 'public, max-age=31536000, immutable' }),
  ];
  return `${rules.join('\n\n')}\n`;
}

/** An nginx snippet adding these headers (included in each `location` of deploy/nginx/site.conf). */
export function nginxSnippet(values: Record<string, string>): string {
  const quote = (value: string) => {
    if (/["$\\]/.test(value)) throw new Error(`header value not expressible in nginx: ${value}`);
    return `"${value}"`;
  };
  return `${[
    '# Generated by the build (src/integrations/securityHeaders.ts); do not edit.',
    ...Object.entries(values).map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
  ].join('\n')}\n`;
}
