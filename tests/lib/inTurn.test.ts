/** A few tasks at a time, results in the items' order. */
import { expect, test } from 'vitest';
import { inTurn } from '../../src/lib/inTurn';

test('runs every task, never more than the limit at once, and keeps the order of the items', async () => {
  let running = 0;
  let most = 0;
  const results = await inTurn([30, 5, 20, 1, 10, 2], 2, async (ms, i) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, ms));
    running--;
    return `${i}:${ms}`;
  });
  expect(results).toEqual(['0:30', '1:5', '2:20', '3:1', '4:10', '5:2']);
  expect(most).toBe(2);
});

test('no items: no tasks, no results', async () => {
  expect(await inTurn([], 4, async () => 1)).toEqual([]);
});
