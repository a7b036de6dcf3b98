/**
 * This site's story feed: every story of the collection as a feed item, with the site's title and
 * labels (the feed itself is built by `feedFromStories()` in `feeds.ts`).
 *
 * Build time only.
 */
import { t } from '../../i18n';
import { getStories } from '../content/queries';
import { storyImagePath } from '../paths';
import { feedFromStories, type StoryFeed } from './feeds';
import { sourceLine } from './pressPack';

/** The feed of every story on the site, newest first, for the feed endpoints. */
export async function siteFeed(site: URL | string): Promise<StoryFeed> {
  const stories = await getStories();
  return feedFromStories(
    {
      site,
      title: t('media.feed.title', { site: t('site.name') }),
      description: t('site.description'),
      licence: t('footer.licence'),
      keyFiguresLabel: t('story.keyFigures'),
      sourceLabel: t('story.source'),
    },
    stories.map((story) => ({
      id: story.id,
      title: story.data.title,
      summary: story.data.summary,
      date: story.data.date,
      region: story.data.region,
      tags: story.data.tags,
      keyFigures: story.data.keyFigures,
      source: sourceLine(story.data.source, t('story.originalTitle')),
      image: storyImagePath(story.id),
    })),
  );
}
