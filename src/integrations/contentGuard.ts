/**
 * Astro integration that checks every content file, and the references between them, before
 * Astro builds anything. A wrong file stops `astro build`, `astro dev` and `astro check` with one
 * report that names each file and field and says how to fix it; nothing half-built is published.
 * Files are read as Astro reads them (`readFrontmatter`): a value Astro would take for a date or a
 * number where text belongs is caught here, with the guard's message, not by Astro mid-build.
 * Bodies must be plain Markdown (src/lib/content/bodyCheck.ts): MDX would run code in them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type CollectionName, type ContentFile, checkContent, formatProblems } from '../lib/content/contentIssues';
import { listContentFiles } from '../lib/content/contentDir';
import { readFrontmatter, splitFrontmatter } from '../lib/content/frontmatter';

/** Reads one collection's files from disk. */
export function readCollection(root: string, contentDir: string, collection: CollectionName): ContentFile[] {
  return listContentFiles(root, contentDir, collection).map((file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const { data, error } = readFrontmatter(source);
    const body = splitFrontmatter(source)?.body;
    // The body starts on the line after the closing fence.
    const bodyLine = body === undefined ? 1 : source.slice(0, source.length - body.length).split('\n').length;
    return {
      file,
      data,
      ...(error !== undefined ? { parseError: error } : {}),
      ...(body !== undefined ? { body, bodyLine } : {}),
    };
  });
}

/** Thrown when content is wrong; its message is the whole report. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The integration: checks all content in `contentDir` when Astro sets up a build, dev server or check. */
export default function contentGuard(contentDir: string): AstroIntegration {
  return {
    name: 'mztj:content-guard',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        // Serving an existing build reads no content.
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const files = {
          units: readCollection(root, contentDir, 'units'),
          stories: readCollection(root, contentDir, 'stories'),
          routes: readCollection(root, contentDir, 'routes'),
        };
        const publicDir = fileURLToPath(config.publicDir);
        const problems = checkContent(files, { publicFileExists: (p) => existsSync(join(publicDir, p)) });
        if (problems.length > 0) {
          const error = new ContentError(formatProblems(problems));
          // The report says where the problems are; a stack trace into this hook would only hide it.
          error.stack = '';
          throw error;
        }
        logger.info(
          `${contentDir}/: ${files.stories.length} stories, ${files.units.length} units, ${files.routes.length} routes checked`,
        );
      },
    },
  };
}
