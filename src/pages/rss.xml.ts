/** `/rss.xml`: RSS 2.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { rss2 } from '../lib/media/feeds';
import { siteFeed } from '../lib/media/siteFeed';
import { siteBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) =>
  new Response(rss2(await siteFeed(siteBase(site))), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
