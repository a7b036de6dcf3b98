/**
 * Reads the content an import is compared against from disk: the same files, by the same rule,
 * that the content guard checks before every build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../../src/lib/content/contentIssues';
import { listContentFiles } from '../../../src/lib/content/contentDir';
import type { ExistingFile } from './importPlan';

/** Reads the content files the importer compares against, with paths relative to `root`. */
export function readContentFiles(root: string, contentDir: string): Record<CollectionName, ExistingFile[]> {
  const read = (collection: CollectionName): ExistingFile[] =>
    listContentFiles(root, contentDir, collection).map((file) => ({
      file,
      text: readFileSync(join(root, file), 'utf8'),
    }));
  return { units: read('units'), stories: read('stories'), routes: read('routes') };
}
