import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { basemapFrom } from '../../../src/lib/map/basemap';
import {
  contentSecurityPolicy,
  cspHash,
  headersFile,
  inlineCode,
  nginxSnippet,
  siteHeaders,
  tileOrigins,
} from '../../../src/lib/security/securityHeaders';

describe('inlineCode', () => {
  it('hashes inline scripts and styles, as the browser hashes their text', () => {
    const code = inlineCode(
      '<script type="module">run()</script><script src="/a.js"></script><style>.a{color:red}</style>',
    );
    const expected = `'sha256-${createHash('sha256').update('run()').digest('base64')}'`;
    expect(code.scripts).toEqual([expected]);
    expect(code.styles).toEqual([cspHash('.a{color:red}')]);
    expect(code.problems).toEqual([]);
  });

  it('leaves JSON-LD and JSON data blocks alone: browsers do not run them', () => {
    const code = inlineCode(
      '<script type="application/ld+json">{"a":1}</script><script type="application/json" data-map-data>{}</script>',
    );
    expect(code.scripts).toEqual([]);
  });

  it('reports event handler and style attributes, which the policy blocks, with line, tag and fix', () => {
    const code = inlineCode(
      '<p>a</p>\n<button onclick="go()">x</button><p STYLE="color:red">y</p><p data-style="ok" data-onclick="ok">z</p>',
    );
    expect(code.problems).toEqual([
      expect.stringMatching(
        /^第 2 行 <button onclick="go\(\)">：内容安全策略会拦截事件属性 onclick；.*addEventListener/,
      ),
      expect.stringMatching(/^第 2 行 <p style="color:red">：内容安全策略会拦截 style 属性；.*类名/),
    ]);
  });

  // A page as Astro writes it: a title escaped in text, only `&` and `"` escaped in attribute values.
  const page = (title: string) => {
    const text = title.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
    const attribute = title.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    return (
      `<!DOCTYPE html><html lang="zh-CN"><head><title>${text}</title><meta property="og:title" content="${attribute}">` +
      `<script type="module">init()</script><style>.a{color:red}</style></head><body><h1>${text}</h1>` +
      `<textarea>&lt;iframe style="width:100%"&gt;&lt;/iframe&gt;</textarea></body></html>`
    );
  };
  const clean = inlineCode(page('团结广场'));

  it('a story title with a script in it adds no hash: Astro leaves "<" unescaped in attribute values', () => {
    const hostile = inlineCode(page('标题</script><script>alert(1)</script><style>*{}</style>'));
    expect(hostile).toEqual(clean);
    expect(clean.scripts).toEqual([cspHash('init()')]);
  });

  it('markup-like text in titles and attributes is text: no hash, and no problem that would stop the build', () => {
    expect(inlineCode(page('<img src=x onerror=alert(1)> <p style="color:red">'))).toEqual(clean);
    expect(inlineCode(page('&lt;img src=x onerror=alert(1)&gt;'))).toEqual(clean);
  });

  it('an inline script in an SVG cannot be hashed, so it stops the build', () => {
    expect(inlineCode('<svg><script>a()</script></svg>').problems[0]).toMatch(/SVG 或 MathML/);
  });
});

describe('tileOrigins', () => {
  it('OpenStreetMap: one host', () => {
    expect(tileOrigins(basemapFrom({ PUBLIC_BASEMAP: 'osm' }))).toEqual(['https://tile.openstreetmap.org']);
  });
  it('天地图: each subdomain spelled out, no duplicates across its two layers', () => {
    const origins = tileOrigins(basemapFrom({ PUBLIC_TIANDITU_KEY: 'k' }));
    expect(origins).toHaveLength(8);
    expect(origins[0]).toBe('https://t0.tianditu.gov.cn');
    expect(origins[7]).toBe('https://t7.tianditu.gov.cn');
  });
  it('no basemap: no tile host', () => {
    expect(tileOrigins(basemapFrom({ PUBLIC_BASEMAP: 'none' }))).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy({
    scripts: ["'sha256-b'", "'sha256-a'"],
    styles: ["'sha256-c'"],
    tiles: ['https://tile.openstreetmap.org'],
    frameAncestors: "'none'",
  });
  it('allows scripts from the site and by hash only, never inline in general', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
  });
  it('allows images from the tile servers and no other site', () => {
    expect(policy).toContain("img-src 'self' data: https://tile.openstreetmap.org;");
    expect(policy).toContain("default-src 'self';");
  });
  it('refuses framing and plugins', () => {
    expect(policy).toMatch(/frame-ancestors 'none'$/);
    expect(policy).toContain("object-src 'none'");
  });
});

describe('header files', () => {
  const headers = siteHeaders({ scripts: [], styles: [], tiles: [] });
  it('embeds may be framed by any site; other pages by none', () => {
    expect(headers.embed['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
    expect(headers.embed['X-Frame-Options']).toBeUndefined();
    expect(headers.page['X-Frame-Options']).toBe('DENY');
  });
  it('_headers gives the framing rules per top-level path, and a policy without one to every path', () => {
    const file = headersFile(headers, {
      dirs: ['embed', 'stories', '_astro', '_nginx'],
      files: ['404.html', 'rss.xml'],
    });
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/*', '/', '/stories/*', '/404.html', '/embed/*', '/_astro/*']);
  });

  /** Exact paths before wildcards, then longer prefixes before shorter ones. */
  const specificity = (pattern: string) => (pattern.endsWith('*') ? pattern.length : 1000);

  /** The policies a host sends for `path`: of every matching rule, or of the most specific one only. */
  function policiesFor(file: string, path: string, host: 'merges' | 'most specific'): string[] {
    const blocks = file
      .split('\n\n')
      .map((block) => block.split('\n'))
      .filter(([pattern]) => pattern?.startsWith('/'))
      .map(([pattern = '', ...lines]) => ({
        pattern,
        csp: lines.find((line) => line.trim().startsWith('Content-Security-Policy:'))?.split(': ')[1],
      }));
    const matching = blocks.filter(({ pattern, csp }) => {
      if (!csp) return false;
      return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    });
    const chosen =
      host === 'merges'
        ? matching
        : matching.sort((a, b) => specificity(b.pattern) - specificity(a.pattern)).slice(0, 1);
    return chosen.map(({ csp }) => csp ?? '');
  }

  const scripted = siteHeaders({ scripts: ["'sha256-a'"], styles: [], tiles: [] });
  const file = headersFile(scripted, { dirs: ['embed', 'stories'], files: ['404.html'] });
  for (const host of ['merges', 'most specific'] as const) {
    it(`hosts whose rules ${host === 'merges' ? 'all apply' : 'apply most specific first'}: every path gets the script rules, embeds stay framable`, () => {
      for (const path of ['/', '/stories/a/', '/404.html', '/embed/stories/a/', '/no-such-folder/page/']) {
        const policies = policiesFor(file, path, host);
        expect(policies.length, path).toBeGreaterThan(0);
        expect(
          policies.some((policy) => policy.includes("script-src 'self' 'wasm-unsafe-eval' 'sha256-a'")),
          path,
        ).toBe(true);
      }
      const framing = (path: string) =>
        policiesFor(file, path, host).flatMap((policy) => policy.match(/frame-ancestors [^;]*/g) ?? []);
      expect(framing('/embed/stories/a/')).toEqual(['frame-ancestors *']);
      expect(framing('/stories/a/')).toEqual(["frame-ancestors 'none'"]);
      expect(framing('/')).toEqual(["frame-ancestors 'none'"]);
    });
  }

  it('nginx snippets send each header always, also on error pages', () => {
    const snippet = nginxSnippet(headers.page);
    expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(() => nginxSnippet({ X: 'a"b' })).toThrow(/nginx/);
  });
});
