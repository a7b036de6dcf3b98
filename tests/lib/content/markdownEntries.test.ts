/**
 * The collections' loader: one entry per `.mdx` file, its body rendered as Markdown when the
 * content is loaded, and rendered again only when the file changed. Run against a folder on disk
 * and a stand-in for Astro's loader context (a store in a Map, a renderer that records its input).
 */
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { markdownEntries } from '../../../src/lib/content/markdownEntries';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string;
  rendered?: { html: string };
}

let root: string;
let rendered: string[];
/** Kept between loads, as Astro keeps its content store in the cache folder between builds. */
let entries: Map<string, Stored>;

function context(): LoaderContext {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Stored) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
  };
  return {
    collection: 'stories',
    store,
    config: { root: pathToFileURL(`${root}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => ({ ...data, parsed: true }),
    renderMarkdown: async (body: string) => {
      rendered.push(body);
      return { html: `<p>${body}</p>`, metadata: {} };
    },
    generateDigest: (text: string) => `${text.length}:${text}`,
    logger: { info() {}, warn() {}, error() {} },
  } as unknown as LoaderContext;
}

const load = () =>
  markdownEntries({
    contentDir: 'content',
    collection: 'stories',
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry),
    code: ['src/schemas', 'astro.config.mjs'],
  }).load(context());

function write(path: string, text: string) {
  const file = join(root, 'content', 'stories', path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'markdown-entries-'));
  rendered = [];
  entries = new Map();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('markdownEntries', () => {
  test('each .mdx file is an entry: its data from the frontmatter, its body rendered as Markdown', async () => {
    write('a.mdx', '---\nid: story-a\ntitle: 甲\n---\n\n正文**甲**。\n');
    write('2024/b.mdx', '---\ntitle: 乙\n---\n正文乙。');
    write('README.md', '# 说明\n');
    write('c.md', '---\nid: story-c\n---\n不是条目。');
    await load();

    expect([...entries.keys()].sort()).toEqual(['2024/b', 'story-a']);
    expect(entries.get('story-a')).toMatchObject({
      data: { id: 'story-a', title: '甲', parsed: true },
      body: '正文**甲**。',
      filePath: 'content/stories/a.mdx',
      rendered: { html: '<p>正文**甲**。</p>' },
    });
    expect(entries.get('2024/b')?.filePath).toBe('content/stories/2024/b.mdx');
  });

  test('a file unchanged since the last load is not rendered again; a changed one is', async () => {
    write('a.mdx', '---\nid: a\n---\n甲');
    write('b.mdx', '---\nid: b\n---\n乙');
    await load();
    expect(rendered.sort()).toEqual(['乙', '甲']);

    rendered = [];
    write('b.mdx', '---\nid: b\n---\n乙，改过');
    await load();
    expect(rendered).toEqual(['乙，改过']);
    expect(entries.get('a')?.rendered?.html).toBe('<p>甲</p>');
    expect(entries.get('b')?.rendered?.html).toBe('<p>乙，改过</p>');
  });

  test('every entry is loaded again when the code that reads or renders entries changed', async () => {
    mkdirSync(join(root, 'src', 'schemas'), { recursive: true });
    writeFileSync(join(root, 'src', 'schemas', 'story.ts'), 'export const v = 1;');
    write('a.mdx', '---\nid: a\n---\n甲');
    await load();
    rendered = [];
    await load();
    expect(rendered).toEqual([]);

    writeFileSync(join(root, 'src', 'schemas', 'story.ts'), 'export const v = 2;');
    await load();
    expect(rendered).toEqual(['甲']);
    rendered = [];
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};');
    await load();
    expect(rendered).toEqual(['甲']);
  });

  test('a removed file, or a file whose id changed, leaves no entry behind', async () => {
    write('a.mdx', '---\nid: a\n---\n甲');
    write('b.mdx', '---\nid: b\n---\n乙');
    await load();

    unlinkSync(join(root, 'content', 'stories', 'a.mdx'));
    write('b.mdx', '---\nid: b-renamed\n---\n乙');
    await load();
    expect([...entries.keys()]).toEqual(['b-renamed']);
  });

  test('a file whose frontmatter cannot be read stops the load, naming the file', async () => {
    write('good.mdx', '---\nid: good\n---\n甲');
    write('2024/broken.mdx', '---\nid: [unclosed\n---\n乙');
    await expect(load()).rejects.toThrow(/^content\/stories\/2024\/broken\.mdx: the frontmatter cannot be read/);
  });

  test('a collection folder that does not exist is an empty collection', async () => {
    entries.set('old', { id: 'old', data: {} });
    await load();
    expect(entries.size).toBe(0);
  });
});
