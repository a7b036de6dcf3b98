/** `/share/site.png`: the site's 1200×630 share card, for every page without its own. */
import type { APIRoute } from 'astro';
import { renderShareImage } from '../../lib/media/shareImage';
import { siteCard } from '../../lib/media/sharing';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderShareImage(siteCard())), { headers: { 'Content-Type': 'image/png' } });
