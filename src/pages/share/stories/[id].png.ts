/** `/share/stories/<id>.png`: the 1200×630 share card of every story, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getStories, type Story } from '../../../lib/content/queries';
import { renderShareImage } from '../../../lib/media/shareImage';
import { storyCard } from '../../../lib/media/sharing';

export const getStaticPaths = (async () =>
  (await getStories()).map((story) => ({ params: { id: story.id }, props: { story } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage(storyCard((props as { story: Story }).story));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
