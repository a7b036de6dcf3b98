/**
 * A deterministic generator of an obviously fictional demo data set: 40 demonstration points
 * (and two fictional sensitive facilities whose location is never published), 5 showcase routes
 * and any number of stories, so that the site can be exercised at the scale of
 * Baotou's programme before real content exists. Every name and title contains 示例, every source
 * says the data is fictional, and the files are written to `.demo/content/` by
 * `scripts/build-demo.ts`, never to `content/`.
 *
 * Pure and deterministic: randomness comes from a seeded PRNG (random.ts). The units (demoUnits)
 * and routes (demoRoutes) are a fixed skeleton that does not depend on the seed, so browser tests
 * can rely on them; the seed varies the stories (demoStories).
 */
import type { DemoFile } from './demoFile';
import { routeFiles } from './demoRoutes';
import { storyFile } from './demoStories';
import { generateUnits, sensitiveUnitFiles, unitFile } from './demoUnits';

/** Options for {@link generateDemoContent}. */
export interface DemoOptions {
  /** Number of stories to generate (a non-negative integer). */
  stories: number;
  /** Seed of the stories' PRNG (an integer). Default {@link DEFAULT_DEMO_SEED}. */
  seed?: number;
}

/** Seed of the stories when none is given. */
export const DEFAULT_DEMO_SEED = 1;

/**
 * Generates the fictional demo data set: 40 units and 2 sensitive facilities, 5 routes and `options.stories` stories, as MDX
 * files to be written under a content directory (never `content/`). Same options, same files.
 */
export function generateDemoContent(options: DemoOptions): DemoFile[] {
  const { stories, seed = DEFAULT_DEMO_SEED } = options;
  if (!Number.isSafeInteger(stories) || stories < 0 || stories > 99_999) {
    throw new RangeError(`stories must be an integer from 0 to 99999, got ${String(stories)}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${String(seed)}`);
  const units = generateUnits();
  return [
    ...units.map(unitFile),
    ...sensitiveUnitFiles(),
    ...routeFiles(units),
    ...Array.from({ length: stories }, (_, i) => storyFile(seed, i + 1, units)),
  ];
}
