/** `/robots.txt`: everything may be crawled; the sitemap's address comes from the configured site URL. */
import type { APIRoute } from 'astro';
import { absolute, PATHS } from '../lib/paths';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site, PATHS.sitemap)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
