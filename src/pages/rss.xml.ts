/** `/rss.xml`: RSS 2.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/media/siteFeed';
import { siteBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) =>
  new Response((await siteFeed(siteBase(site))).rss2(), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
