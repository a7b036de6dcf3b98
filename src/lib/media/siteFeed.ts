/**
 * The story feed of this build: the site's stories turned into feed items (see `feeds.ts`).
 *
 * Build time only.
 */
import { t } from '../../i18n';
import { getStories } from '../content/queries';
import { type Feed } from 'feed';
import { storyFeed } from './feeds';
import { sourceLine } from './pressPack';
import { storyImagePath } from './sharing';

/** The feed of every story, for the feed endpoints. */
export async function buildStoryFeed(site: URL | string): Promise<Feed> {
  const stories = await getStories();
  return storyFeed(
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
