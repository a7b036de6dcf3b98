/**
 * `task` for each item, at most `limit` at a time, results in the items' order. For work that
 * waits on I/O (files, Pagefind's answers): a few at once overlap their waits, without starting
 * thousands together.
 */
export async function inTurn<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}
