/**
 * Feeds of stories: RSS 2.0, Atom 1.0 and JSON Feed 1.1, built with the `feed` library from plain
 * story data (`siteFeed.ts` feeds it this site's stories). Each item carries the story's region
 * and topics as categories, and as content its summary, key figures and source line (the body
 * stays on the site).
 *
 * Build time only.
 */
import { Feed } from 'feed';
import { formatFigure } from '../format';
import { absolute, PATHS, storyPath } from '../paths';
import { escapeHtml } from '../text';

/** What a feed item needs to know about a story. */
export interface FeedStory {
  id: string;
  title: string;
  summary: string;
  date: Date;
  region: string;
  tags: string[];
  keyFigures: { label: string; value: number | string; unit?: string | undefined; note?: string | undefined }[];
  source: string;
  /** Share image path. */
  image: string;
}

/** The feed's own title, description and labels. */
export interface FeedSite {
  site: URL | string;
  title: string;
  description: string;
  licence: string;
  /** Label of the key figures list and of the source line. */
  keyFiguresLabel: string;
  sourceLabel: string;
}

/** The HTML content of one item. */
export function itemContent(story: FeedStory, labels: Pick<FeedSite, 'keyFiguresLabel' | 'sourceLabel'>): string {
  const figures =
    story.keyFigures.length > 0
      ? `<h2>${escapeHtml(labels.keyFiguresLabel)}</h2><ul>${story.keyFigures
          .map((f) => `<li>${escapeHtml(f.label)}：${escapeHtml(formatFigure(f))}</li>`)
          .join('')}</ul>`
      : '';
  return `<p>${escapeHtml(story.summary)}</p>${figures}<p>${escapeHtml(labels.sourceLabel)}：${escapeHtml(story.source)}</p>`;
}

/** One feed object holding the given stories, in the given order (newest first). */
export function feedFromStories(config: FeedSite, stories: FeedStory[]): Feed {
  const link = (path: string) => absolute(config.site, path);
  const updated = stories.reduce((latest, s) => (s.date > latest ? s.date : latest), new Date(0));
  const feed = new Feed({
    id: link(PATHS.home),
    title: config.title,
    description: config.description,
    link: link(PATHS.stories),
    language: 'zh-CN',
    updated,
    generator: false,
    favicon: link('/favicon.svg'),
    copyright: config.licence,
    feedLinks: { rss: link(PATHS.rss), atom: link(PATHS.atom), json: link(PATHS.jsonFeed) },
    author: { name: config.title, link: link(PATHS.home) },
  });
  for (const story of stories) {
    const page = link(storyPath(story.id));
    feed.addItem({
      id: page,
      guid: page,
      link: page,
      title: story.title,
      date: story.date,
      published: story.date,
      description: story.summary,
      content: itemContent(story, config),
      category: [story.region, ...story.tags].map((name) => ({ name, term: name })),
      image: { url: link(story.image), type: 'image/png' },
    });
  }
  return feed;
}

/**
 * JSON Feed 1.1: the `feed` library writes version 1; 1.1 renames `author` to `authors` and adds
 * `language`.
 */
export function jsonFeed11(feed: Feed): string {
  const data = JSON.parse(feed.json1()) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const toAuthors = (record: Record<string, unknown>) => {
    if (record.author) {
      record.authors = [record.author];
      delete record.author;
    }
  };
  data.version = 'https://jsonfeed.org/version/1.1';
  data.language = 'zh-CN';
  toAuthors(data);
  for (const item of data.items ?? []) {
    toAuthors(item);
    item.language = 'zh-CN';
  }
  return JSON.stringify(data, null, 2);
}
