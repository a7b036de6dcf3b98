/** `/atom.xml`: Atom 1.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { siteFeed } from '../lib/media/siteFeed';
import { siteBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) =>
  new Response((await siteFeed(siteBase(site))).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
