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

  it('reports event handler and style attributes, which the policy blocks', () => {
    const code = inlineCode('<button onclick="go()">x</button><p style="color:red">y</p><p data-style="ok">z</p>');
    expect(code.problems).toHaveLength(2);
    expect(code.problems[0]).toContain('onclick');
    expect(code.problems[1]).toContain('style');
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
  it('_headers gives the framing rules per top-level path, so hosts that merge rules never send two policies', () => {
    const file = headersFile(headers, {
      dirs: ['embed', 'stories', '_astro', '_nginx'],
      files: ['404.html', 'rss.xml'],
    });
    const rules = file.split('\n').filter((line) => line.startsWith('/'));
    expect(rules).toEqual(['/*', '/', '/stories/*', '/404.html', '/embed/*', '/_astro/*']);
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(4);
  });
  it('nginx snippets send each header always, also on error pages', () => {
    const snippet = nginxSnippet(headers.page);
    expect(snippet).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(() => nginxSnippet({ X: 'a"b' })).toThrow(/nginx/);
  });
});
