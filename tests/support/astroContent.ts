/**
 * A stand-in for Astro's `astro:content` in the unit tests (aliased in vitest.config.ts): the
 * collections are whatever the test file gives `setCollections()` before its first query.
 */
const collections = new Map<string, unknown[]>();

/** The entries each collection returns from now on. */
export function setCollections(entries: Record<string, unknown[]>): void {
  collections.clear();
  for (const [name, list] of Object.entries(entries)) collections.set(name, list);
}

/** As Astro's: the entries of one collection. */
export async function getCollection(name: string): Promise<unknown[]> {
  return collections.get(name) ?? [];
}

/** Rendering is for pages; no query module renders. */
export async function render(): Promise<never> {
  throw new Error('render() is not available in unit tests');
}
