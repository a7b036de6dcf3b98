import { beforeAll, expect, test } from 'vitest';
import { rss2 } from '../../../src/lib/media/feeds';
import { siteFeed } from '../../../src/lib/media/siteFeed';
import { useContentFixtures } from '../../support/contentFixtures';

beforeAll(useContentFixtures);

test('the site feed lists every story newest first, with absolute links, image and source line', async () => {
  const feed = await siteFeed('https://example.org/');
  const items = feed.items;
  expect(items.map((item) => item.title)).toEqual(['较新的故事', '较早的故事']);
  expect(items[1]?.link).toBe('https://example.org/stories/test-older/');
  expect(items[1]?.image).toBe('https://example.org/share/stories/test-older.png');
  expect(items[1]?.content).toContain('测试数字');
  expect(items[1]?.content).toContain('测试日报');
  const rss = rss2(feed);
  expect(rss).toContain('<link>https://example.org/stories/test-newer/</link>');
});
