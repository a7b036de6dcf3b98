/** `/feed.json`: JSON Feed 1.1 of the stories. */
import type { APIRoute } from 'astro';
import { jsonFeed11 } from '../lib/media/feeds';
import { buildStoryFeed } from '../lib/media/siteFeed';

export const GET: APIRoute = async ({ site }) =>
  new Response(jsonFeed11(await buildStoryFeed(site ?? 'http://localhost/')), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
