/** `/feed.json`: JSON Feed 1.1 of the stories. */
import type { APIRoute } from 'astro';
import { jsonFeed11 } from '../lib/media/feeds';
import { siteFeed } from '../lib/media/siteFeed';
import { siteBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed11(await siteFeed(siteBase(site))), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
