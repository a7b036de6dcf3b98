/** `/atom.xml`: Atom 1.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { atom1 } from '../lib/media/feeds';
import { siteFeed } from '../lib/media/siteFeed';
import { siteBase } from '../lib/paths';

export const GET: APIRoute = async ({ site }) =>
  new Response(atom1(await siteFeed(siteBase(site))), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
