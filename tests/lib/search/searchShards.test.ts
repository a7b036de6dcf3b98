import { describe, expect, test } from 'vitest';
import {
  planStoryShards,
  SHARD_SIZE_ENV,
  ShardSizeError,
  STORY_SHARD_SIZE,
  storyShardSize,
} from '../../../src/lib/search/searchShards';

const story = (path: string, date?: string) => ({ path, date });

describe('story shards', () => {
  test('the newest stories come first, in shards of the given size', () => {
    const stories = [
      story('stories/a/index.html', '2021-05-01'),
      story('stories/b/index.html', '2026-01-10'),
      story('stories/c/index.html', '2023-03-03'),
      story('stories/d/index.html', '2025-12-31'),
      story('stories/e/index.html', '2019-07-07'),
    ];
    const shards = planStoryShards(stories, 2);
    expect(shards.map((shard) => shard.map((s) => s.path.split('/')[1]))).toEqual([['b', 'd'], ['c', 'a'], ['e']]);
  });

  test('stories of the same day are placed by path, and a story without a date counts as oldest', () => {
    const stories = [
      story('stories/z/index.html', '2024-02-02'),
      story('stories/undated/index.html'),
      story('stories/m/index.html', '2024-02-02'),
      story('stories/a/index.html', '2024-02-02'),
    ];
    const once = planStoryShards(stories, 3);
    expect(once.map((shard) => shard.map((s) => s.path.split('/')[1]))).toEqual([['a', 'm', 'z'], ['undated']]);
    // Any order in, the same shards out.
    expect(planStoryShards([...stories].reverse(), 3)).toEqual(once);
  });

  test('every story lands in exactly one shard; no stories, no shards', () => {
    const stories = Array.from({ length: 2_345 }, (_, i) =>
      story(`stories/s${i}/index.html`, `20${String(10 + (i % 15))}-01-01`),
    );
    const shards = planStoryShards(stories, 1_000);
    expect(shards.map((shard) => shard.length)).toEqual([1_000, 1_000, 345]);
    expect(new Set(shards.flat().map((s) => s.path)).size).toBe(2_345);
    expect(planStoryShards([], 1_000)).toEqual([]);
  });
});

describe('shard size from the environment', () => {
  test(`${SHARD_SIZE_ENV} unset or empty means the default; a whole number overrides it`, () => {
    expect(storyShardSize({})).toBe(STORY_SHARD_SIZE);
    expect(storyShardSize({ [SHARD_SIZE_ENV]: '' })).toBe(STORY_SHARD_SIZE);
    expect(storyShardSize({ [SHARD_SIZE_ENV]: '20' })).toBe(20);
    expect(storyShardSize({ [SHARD_SIZE_ENV]: ' 1 ' })).toBe(1);
  });

  test.each(['0', '-5', '1.5', 'abc', '20 stories', '100001', '1e3'])(
    '%j is refused with a message naming the variable and the value',
    (value) => {
      const call = () => storyShardSize({ [SHARD_SIZE_ENV]: value });
      expect(call).toThrow(ShardSizeError);
      expect(call).toThrow(
        `${SHARD_SIZE_ENV} must be a whole number of stories from 1 to 100000, got ${JSON.stringify(value)}`,
      );
    },
  );
});
