/** `/atom.xml`: Atom 1.0 feed of the stories. */
import type { APIRoute } from 'astro';
import { buildStoryFeed } from '../lib/media/siteFeed';

export const GET: APIRoute = async ({ site }) =>
  new Response((await buildStoryFeed(site ?? 'http://localhost/')).atom1(), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
