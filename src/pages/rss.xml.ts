/** `/rss.xml`: RSS 2.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { buildStoryFeed } from '../lib/media/siteFeed';

export const GET: APIRoute = async ({ site }) =>
  new Response((await buildStoryFeed(site ?? 'http://localhost/')).rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
