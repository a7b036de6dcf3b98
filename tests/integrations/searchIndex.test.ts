import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildSearchIndex, SearchIndexError } from '../../src/integrations/searchIndex';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A built site in a temporary directory: path → HTML. */
function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const page = (main: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><header>页眉导航</header>${main}</body></html>`;

const logger = () => ({ info: vi.fn() }) as unknown as AstroIntegrationLogger & { info: ReturnType<typeof vi.fn> };

describe('search index integration', () => {
  test('indexes the pages that mark their main content, and says how many', async () => {
    const dir = site({
      'units/a/index.html': page('<article data-pagefind-body><h1>青山区团结广场</h1><p>广场</p></article>'),
      'stories/b/index.html': page('<article data-pagefind-body><h1>红石榴家园</h1></article>'),
      'index.html': page('<main>首页</main>'),
    });
    const log = logger();
    await buildSearchIndex(dir, log);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^2 of 3 HTML pages indexed into pagefind\//));
  }, 30_000);

  test('does not even read embeds, press packs and directory pages', async () => {
    const marked = page('<article data-pagefind-body><h1>青山区团结广场</h1></article>');
    const dir = site({
      'units/a/index.html': marked,
      'embed/units/a/index.html': marked,
      'stories/b/press/index.html': marked,
      'units/index.html': page('<main>目录</main>'),
      'index.html': page('<main>首页</main>'),
    });
    const log = logger();
    await buildSearchIndex(dir, log);
    expect(log.info).toHaveBeenCalledWith(expect.stringMatching(/^1 of 2 HTML pages indexed/));
  }, 30_000);

  test('stops the build when no page marks its main content, naming the attribute', async () => {
    const dir = site({ 'index.html': page('<main>首页</main>'), 'units/a/index.html': page('<main>单位</main>') });
    const error = await buildSearchIndex(dir, logger()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SearchIndexError);
    expect((error as Error).message).toMatch(/^search index: indexing .* failed, so the build stops/);
    expect(((error as Error).cause as Error).message).toContain('data-pagefind-body');
  }, 30_000);
});
