/**
 * What the share panel, the embed pages, the oEmbed documents and the share tags need to know about
 * a story, unit or route, gathered in one place: titles, share cards, share tags, press packs.
 *
 * Build time only.
 */
import { t } from '../../i18n';
import { routeDescription, unitDescription } from '../content/descriptions';
import type { Route, Story, Unit } from '../content/queries';
import { POINT_STATUSES } from '../content/taxonomy';
import { formatDate, formatPrecision } from '../format';
import { absolute, oembedPath, pagePath, storyImagePath, storyPath, unitPath } from '../paths';
import { type EmbedKind, type EmbedTarget, oembedDocument, type OEmbed } from './embed';
import { posterFileName, type WechatShareData } from './posterText';
import { figureLine, type PressInput, type PressLabels, sourceLine } from './pressPack';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareCard } from './shareImage';
import { articleLd, placeLd } from './structuredData';

/** Size of every share image, in pixels. */
export const SHARE_IMAGE_SIZE = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT } as const;

/** The share card of a story. */
export function storyCard(story: Story): ShareCard {
  const { source } = story.data;
  return {
    kicker: t('media.embed.kicker.stories'),
    title: story.data.title,
    footer: `${t('site.name')} · ${source.publication} ${formatDate(source.date)}`,
  };
}

/** The site's default share card. */
export function siteCard(): ShareCard {
  return { kicker: t('site.name'), title: t('site.tagline'), footer: t('site.description').slice(0, 40) };
}

/** Title of any embeddable record. */
export function titleOf(kind: EmbedKind, record: Story | Unit | Route): string {
  if (kind === 'stories') return (record as Story).data.title;
  return (record as Unit | Route).data.name;
}

/** The embed target of a record. */
export function embedTarget(kind: EmbedKind, record: Story | Unit | Route): EmbedTarget {
  return {
    kind,
    id: record.id,
    title: titleOf(kind, record),
    siteName: t('site.name'),
    credit: t('media.credit', { site: t('site.name') }),
  };
}

/** The oEmbed document of a record; stories carry their share image as thumbnail. */
export function oembedOf(site: URL | string, kind: EmbedKind, record: Story | Unit | Route): OEmbed {
  const thumbnail = kind === 'stories' ? { url: storyImagePath(record.id), ...SHARE_IMAGE_SIZE } : undefined;
  return oembedDocument(site, { ...embedTarget(kind, record), authorName: t('site.name') }, thumbnail);
}

/** The share tags of a story page: its share card, its oEmbed document and its `Article`. */
export function storyShare(site: URL | string, story: Story) {
  return {
    image: storyImagePath(story.id),
    imageAlt: story.data.title,
    ogType: 'article' as const,
    oembed: oembedPath('stories', story.id),
    jsonLd: [
      articleLd(site, t('site.name'), { ...story.data, path: storyPath(story.id), image: storyImagePath(story.id) }),
    ],
  };
}

/** The share tags of a unit page: its oEmbed document and its `TouristAttraction` or `Place`. */
export function unitShare(site: URL | string, unit: Unit) {
  const { data } = unit;
  return {
    oembed: oembedPath('units', unit.id),
    jsonLd: [
      placeLd(site, {
        path: unitPath(unit.id),
        name: data.name,
        mongolianName: data.mongolianName,
        description: unitDescription(data),
        attraction: POINT_STATUSES.includes(data.status),
        region: data.region,
        district: data.district,
        address: data.address,
        location: data.location,
        precisionText: data.location && formatPrecision(data.location.precision),
      }),
    ],
  };
}

/** The labels of the press pack, from the dictionary. */
export function pressLabels(): PressLabels {
  return {
    keyFigures: t('press.keyFigures'),
    images: t('press.images'),
    source: t('press.source'),
    originalTitle: t('story.originalTitle'),
    licence: t('press.licence'),
    credit: t('press.credit'),
    pageUrl: t('press.pageUrl'),
    retold: t('story.retold'),
  };
}

/** What the press pack of a story is made of. */
export function pressInput(site: URL | string, story: Story): PressInput {
  const { data } = story;
  return {
    title: data.title,
    summary: data.summary,
    body: story.body ?? '',
    keyFigures: data.keyFigures,
    images: data.images,
    source: data.source,
    licence: data.licence,
    pageUrl: absolute(site, storyPath(story.id)),
    site,
  };
}

/**
 * What the share poster and the copy for official accounts need (see ./posterText.ts): title, key
 * figures or description, source line, licence, address and the words the browser shows.
 */
export function wechatShareData(site: URL | string, kind: EmbedKind, record: Story | Unit | Route): WechatShareData {
  const sourceLabel = t('media.embed.source');
  const common = {
    kicker: t(`media.embed.kicker.${kind}`),
    title: titleOf(kind, record),
    site: t('site.name'),
    url: absolute(site, pagePath(kind, record.id)),
    file: posterFileName(record.id),
    scan: t('wechat.scan'),
  };
  if (kind === 'stories') {
    const { data } = record as Story;
    return {
      ...common,
      figures: data.keyFigures.map(figureLine),
      summary: data.summary,
      source: `${sourceLabel}：${sourceLine(data.source, t('story.originalTitle'))}`,
      licence: `${t('press.licence')}：${data.licence}`,
      copyLabels: { keyFigures: t('press.keyFigures'), pageUrl: t('press.pageUrl') },
    };
  }
  const { data } = record as Unit | Route;
  const sources = data.sources.map((source) => source.title).join('；');
  return {
    ...common,
    figures: [],
    summary:
      kind === 'units'
        ? unitDescription((record as Unit).data)
        : routeDescription((record as Route).data, (record as Route).data.stops.length),
    source: sources ? `${sourceLabel}：${sources}` : '',
  };
}
