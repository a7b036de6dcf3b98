/**
 * The three collections. Files are read from the top-level `content/` (or, for a demo build, from
 * the generated demo data set); each entry's id is the `id` in its frontmatter, so URLs do not
 * depend on file names. The content guard (`src/integrations/contentGuard.ts`) has already
 * checked every file and reference against the same schemas before Astro gets here.
 */
import { defineCollection } from 'astro:content';
import { CONTENT_DIR } from './lib/content/contentDir';
import { markdownEntries } from './lib/content/markdownEntries';
import { routeSchema } from './schemas/route';
import { storySchema } from './schemas/story';
import { unitSchema } from './schemas/unit';

const byFrontmatterId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data.id === 'string' ? data.id : entry;

/** What decides an entry's data and HTML besides its file: an entry is loaded again when it changes. */
const ENTRY_CODE = ['src/content.config.ts', 'src/schemas', 'src/lib', 'astro.config.mjs', 'package-lock.json'];

const collectionOf = (name: string) =>
  markdownEntries({ contentDir: CONTENT_DIR, collection: name, generateId: byFrontmatterId, code: ENTRY_CODE });

/** The units, stories and routes, each from its folder under the content directory. */
export const collections = {
  units: defineCollection({ loader: collectionOf('units'), schema: unitSchema }),
  stories: defineCollection({ loader: collectionOf('stories'), schema: storySchema }),
  routes: defineCollection({ loader: collectionOf('routes'), schema: routeSchema }),
};
