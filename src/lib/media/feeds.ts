/**
 * Feeds of stories: RSS 2.0, Atom 1.0 and JSON Feed 1.1, written here from plain story data
 * (`siteFeed.ts` feeds it this site's stories). Each item carries the story's region and topics
 * as categories, and as content its summary, key figures and source line (the body stays on the
 * site).
 *
 * Titles and summaries are text, whatever they hold: Atom marks them `type="text"`, RSS carries
 * the title as plain text and the summary, which RSS readers take as HTML, HTML-escaped. Every
 * value is XML-escaped with control characters dropped, so no content can make a feed ill-formed
 * or add markup to a reader's page.
 *
 * Build time only.
 */
import { formatFigure } from '../format';
import { absolute, PATHS, storyPath } from '../paths';
import { escapeHtml, escapeXml, stripControlCharacters } from '../text';

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

/** One item of a feed, with absolute URLs. */
export interface FeedItem {
  /** The story's page: the item's link and its id. */
  link: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary: string;
  /** HTML, built from escaped text by {@link itemContent}. */
  content: string;
  date: Date;
  /** Region and topics, plain text. */
  categories: string[];
  /** Absolute URL of the share image (PNG). */
  image: string;
}

/** A feed, ready to be written in any of the three formats. */
export interface StoryFeed {
  /** The site's home page: the feed's id and its author's page. */
  home: string;
  title: string;
  description: string;
  licence: string;
  /** The stories page. */
  link: string;
  links: { rss: string; atom: string; json: string };
  icon: string;
  /** The newest item's date (the epoch for an empty feed). */
  updated: Date;
  items: FeedItem[];
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

/** One feed holding the given stories, in the given order (newest first). */
export function feedFromStories(config: FeedSite, stories: FeedStory[]): StoryFeed {
  const link = (path: string) => absolute(config.site, path);
  return {
    home: link(PATHS.home),
    title: config.title,
    description: config.description,
    licence: config.licence,
    link: link(PATHS.stories),
    links: { rss: link(PATHS.rss), atom: link(PATHS.atom), json: link(PATHS.jsonFeed) },
    icon: link('/favicon.svg'),
    updated: stories.reduce((latest, s) => (s.date > latest ? s.date : latest), new Date(0)),
    items: stories.map((story) => ({
      link: link(storyPath(story.id)),
      title: story.title,
      summary: story.summary,
      content: itemContent(story, config),
      date: story.date,
      categories: [story.region, ...story.tags],
      image: link(story.image),
    })),
  };
}

/** An element of XML text content, indented by `depth` levels of four spaces. */
const element = (depth: number, name: string, text: string, attributes = '') =>
  `${'    '.repeat(depth)}<${name}${attributes}>${escapeXml(text)}</${name}>`;

/** `name="value"` pairs, XML-escaped. */
const attrs = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** RSS 2.0. The summary goes in `description` as escaped HTML, since RSS readers render it as HTML. */
export function rss2(feed: StoryFeed): string {
  const items = feed.items.map((item) =>
    [
      '        <item>',
      element(3, 'title', item.title),
      element(3, 'link', item.link),
      element(3, 'guid', item.link, attrs({ isPermaLink: 'false' })),
      element(3, 'pubDate', item.date.toUTCString()),
      element(3, 'description', escapeHtml(item.summary)),
      element(3, 'content:encoded', item.content),
      ...item.categories.map((name) => element(3, 'category', name)),
      `            <enclosure${attrs({ length: '0', type: 'image/png', url: item.image })}/>`,
      '        </item>',
    ].join('\n'),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '    <channel>',
    element(2, 'title', feed.title),
    element(2, 'link', feed.link),
    element(2, 'description', feed.description),
    element(2, 'lastBuildDate', feed.updated.toUTCString()),
    element(2, 'docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    element(2, 'language', 'zh-CN'),
    element(2, 'copyright', feed.licence),
    `        <atom:link${attrs({ href: feed.links.rss, rel: 'self', type: 'application/rss+xml' })}/>`,
    ...items,
    '    </channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0. Titles and summaries are `type="text"`; the content is HTML built from escaped text. */
export function atom1(feed: StoryFeed): string {
  const text = attrs({ type: 'text' });
  const entries = feed.items.map((item) =>
    [
      '    <entry>',
      element(2, 'title', item.title, text),
      element(2, 'id', item.link),
      `        <link${attrs({ href: item.link })}/>`,
      `        <link${attrs({ rel: 'enclosure', href: item.image, type: 'image/png' })}/>`,
      element(2, 'updated', item.date.toISOString()),
      element(2, 'summary', item.summary, text),
      element(2, 'content', item.content, attrs({ type: 'html' })),
      ...item.categories.map((name) => `        <category${attrs({ label: name, term: name })}/>`),
      element(2, 'published', item.date.toISOString()),
      '    </entry>',
    ].join('\n'),
  );
  return [
    XML_DECLARATION,
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element(1, 'id', feed.home),
    element(1, 'title', feed.title, text),
    element(1, 'updated', feed.updated.toISOString()),
    '    <author>',
    element(2, 'name', feed.title),
    element(2, 'uri', feed.home),
    '    </author>',
    `    <link${attrs({ rel: 'alternate', href: feed.link })}/>`,
    `    <link${attrs({ rel: 'self', href: feed.links.atom })}/>`,
    element(1, 'subtitle', feed.description, text),
    element(1, 'icon', feed.icon),
    element(1, 'rights', feed.licence, text),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** JSON Feed 1.1: `title` and `summary` are plain text, `content_html` HTML. */
export function jsonFeed11(feed: StoryFeed): string {
  const clean = stripControlCharacters;
  const author = { name: clean(feed.title), url: feed.home };
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: clean(feed.title),
      home_page_url: feed.link,
      feed_url: feed.links.json,
      description: clean(feed.description),
      authors: [author],
      language: 'zh-CN',
      items: feed.items.map((item) => ({
        id: item.link,
        content_html: clean(item.content),
        url: item.link,
        title: clean(item.title),
        summary: clean(item.summary),
        image: item.image,
        date_modified: item.date.toISOString(),
        date_published: item.date.toISOString(),
        tags: item.categories.map(clean),
        language: 'zh-CN',
      })),
    },
    null,
    2,
  );
}
