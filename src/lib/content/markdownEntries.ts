/**
 * The content loader of the three collections. Each `.mdx` file in a collection's folder (at any
 * depth) is one entry: its frontmatter is the entry's data, and its body is rendered to HTML by
 * the site's Markdown processor (`markdown` in astro.config.mjs) as the content is loaded.
 *
 * Why not Astro's `glob()` loader with the MDX integration: that compiles each MDX file into a
 * JavaScript module, and the build bundles all of them with the site's code. With 10,000 stories
 * the bundling alone held more than 4 GiB. The content checks (src/lib/content/bodyCheck.ts)
 * already keep bodies to plain Markdown (no tags, components, imports or expressions), on which
 * MDX and Markdown agree; so the body is rendered once, kept in Astro's content store (and reused
 * while the file is unchanged), and a page shows it with `render(entry)` as before.
 *
 * Uses only the loader API Astro documents (`renderMarkdown`, `parseData`, `store`, `watcher`).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from 'astro/markdown';
import type { Loader, LoaderContext } from 'astro/loaders';
import { inTurn } from '../inTurn';
import { ENTRY_EXTENSION, listContentFiles } from './contentDir';

/** Files rendered at once: enough to keep the processor busy while others are read. */
const CONCURRENCY = 10;

export interface MarkdownEntriesOptions {
  /** The content folder, relative to the project root (`content`, or the demo data set's). */
  contentDir: string;
  /** The collection, a folder of the content folder. */
  collection: string;
  /** The entry's id from its data and its path in the folder (without extension, `/`-separated). */
  generateId: (entry: { data: Record<string, unknown>; entry: string }) => string;
  /**
   * Files and folders (relative to the project root) whose contents decide an entry's data and
   * HTML: the schemas and what they import, the Markdown settings, the tools' versions. An entry
   * kept from an earlier load is used again only while these are unchanged too.
   */
  code?: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** SHA-256 of the paths and contents of every file in `paths` (folders read recursively). */
async function codeKey(root: string, paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const path of paths) {
    const full = resolve(root, path);
    const info = await stat(full).catch(() => undefined);
    if (!info) continue;
    if (!info.isDirectory()) {
      files.push(full);
      continue;
    }
    for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
    }
  }
  for (const file of files.sort()) hash.update(`${toPosix(relative(root, file))}\0`).update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** A loader for `collection` in `contentDir`: one entry per `.mdx` file, its body rendered as Markdown. */
export function markdownEntries({ contentDir, collection, generateId, code = [] }: MarkdownEntriesOptions): Loader {
  return {
    name: 'mztj:markdown-entries',
    async load(context: LoaderContext) {
      const { config, store, parseData, renderMarkdown, generateDigest, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const dir = resolve(root, contentDir, collection);
      /** The id each file was stored under, so that a renamed id or a deleted file drops the old one. */
      const idByFile = new Map<string, string>();
      const codeVersion = await codeKey(root, code);

      async function sync(file: string): Promise<string> {
        const contents = await readFile(file, 'utf8');
        const filePath = toPosix(relative(root, file));
        let parsedFile: ReturnType<typeof parseFrontmatter>;
        try {
          parsedFile = parseFrontmatter(contents);
        } catch (error) {
          // The content checks report this first, in the editors' words; the loader still names
          // the file when it is reached some other way (a file edited while `astro dev` runs).
          throw new Error(`${filePath}: the frontmatter cannot be read: ${(error as Error).message}`, { cause: error });
        }
        const { frontmatter: data, content } = parsedFile;
        const body = content.trim();
        const id = generateId({ data, entry: toPosix(relative(dir, file)).slice(0, -ENTRY_EXTENSION.length) });
        const oldId = idByFile.get(file);
        if (oldId !== undefined && oldId !== id) store.delete(oldId);
        idByFile.set(file, id);
        const digest = generateDigest(`${codeVersion}\n${contents}`);
        const existing = store.get(id);
        // File and code unchanged since the content was last loaded (the store is kept in Astro's
        // cache folder, and Astro clears it itself only when the config files change).
        if (existing?.digest === digest && existing.filePath === filePath && existing.rendered) return id;
        const parsed = await parseData({ id, data, filePath: file });
        const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(file) });
        store.set({
          id,
          data: parsed,
          body,
          filePath,
          digest,
          rendered,
          assetImports: rendered.metadata?.imagePaths as string[] | undefined,
        });
        return id;
      }

      const stale = new Set(store.keys());
      // The files the content checks read too (listContentFiles), those with the entries' extension.
      const files = listContentFiles(root, contentDir, collection)
        .filter((file) => file.endsWith(ENTRY_EXTENSION))
        .map((file) => resolve(root, file));
      await inTurn(files, CONCURRENCY, async (file) => {
        stale.delete(await sync(file));
      });
      for (const id of stale) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const isEntry = (path: string) => path.startsWith(dir + sep) && path.endsWith(ENTRY_EXTENSION);
      const reload = async (path: string) => {
        if (!isEntry(path)) return;
        try {
          await sync(path);
          logger.info(`Reloaded ${toPosix(relative(root, path))}`);
        } catch (error) {
          logger.error(`Could not reload ${toPosix(relative(root, path))}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', (path) => {
        const id = idByFile.get(path);
        if (id === undefined) return;
        store.delete(id);
        idByFile.delete(path);
      });
    },
  };
}
