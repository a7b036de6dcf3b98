/**
 * Embeds for other sites: the embed code a media editor pastes, and the oEmbed document that
 * describes it.
 *
 * Build time only. `public/embed.js` (the host-side resizer) and `src/scripts/embedHeight.ts`
 * (the embed page's height reporter) speak the message format documented in `embedMessages.ts`.
 */
import { absolute, embedPath, pagePath, PATHS, type RecordKind } from '../paths';
import { escapeHtml } from '../text';

/** What can be embedded: every kind of record page. */
export type EmbedKind = RecordKind;

/**
 * Height of the iframe, in CSS pixels, before the embed page reports its real height, and for good
 * when the host strips the script: enough to show the heading, the summary and the link, with the
 * rest reachable by scrolling inside the frame.
 */
export const EMBED_HEIGHT: Record<EmbedKind, number> = { stories: 600, units: 420, routes: 520 };

/** Width given in the oEmbed document; the iframe itself takes the host column's full width. */
export const EMBED_WIDTH = 640;

/** Seconds a consumer may cache an oEmbed document. */
export const OEMBED_CACHE_AGE = 86_400;

/** What the embed code needs to know about the embedded record. */
export interface EmbedTarget {
  kind: EmbedKind;
  id: string;
  /** Title of the record (story title, unit or route name). */
  title: string;
  /** The site's name, for the credit in the fallback and the iframe title. */
  siteName: string;
  /** Text of the fallback's credit line, e.g. "来源：民族团结进步创建". */
  credit: string;
}

/**
 * The embed code: a blockquote with the title and a link (what remains when the host strips
 * iframes), the iframe at a fixed height (what remains when it strips scripts), and the script
 * that fits the iframe to its content. `embed.js` hides the blockquote once the iframe reports.
 */
export function embedCode(site: URL | string, target: EmbedTarget): string {
  const { kind, id, title, siteName, credit } = target;
  const page = absolute(site, pagePath(kind, id));
  const frame = absolute(site, embedPath(kind, id));
  const script = absolute(site, '/embed.js');
  const height = EMBED_HEIGHT[kind];
  return [
    `<blockquote class="mz-embed-fallback"><p><a href="${escapeHtml(page)}">${escapeHtml(title)}</a></p><p>${escapeHtml(credit)}</p></blockquote>`,
    `<iframe class="mz-embed" src="${escapeHtml(frame)}" title="${escapeHtml(`${title}（${siteName}）`)}" width="${EMBED_WIDTH}" height="${height}" loading="lazy" style="width:100%;max-width:100%;height:${height}px;border:0"></iframe>`,
    `<script src="${escapeHtml(script)}" async></script>`,
  ].join('\n');
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/#section2.3). */
export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  author_name: string;
  author_url: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** A thumbnail: all three fields or none. */
export interface Thumbnail {
  url: string;
  width: number;
  height: number;
}

/** The oEmbed document of an embeddable page; `html` is exactly {@link embedCode}. */
export function oembedDocument(
  site: URL | string,
  target: EmbedTarget & { authorName: string },
  thumbnail?: Thumbnail,
): OEmbed {
  const home = absolute(site, PATHS.home);
  return {
    version: '1.0',
    type: 'rich',
    title: target.title,
    author_name: target.authorName,
    author_url: home,
    provider_name: target.siteName,
    provider_url: home,
    cache_age: OEMBED_CACHE_AGE,
    html: embedCode(site, target),
    width: EMBED_WIDTH,
    height: EMBED_HEIGHT[target.kind],
    ...(thumbnail
      ? {
          thumbnail_url: absolute(site, thumbnail.url),
          thumbnail_width: thumbnail.width,
          thumbnail_height: thumbnail.height,
        }
      : {}),
  };
}
