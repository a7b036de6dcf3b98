/** `/share/stories/<id>.png`: the 1200×630 share card of every story, rendered at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/content/pageKeys';
import { getStories, type Story } from '../../../lib/content/queries';
import { prepareShareImages, renderShareImage } from '../../../lib/media/shareImage';
import { storyCard } from '../../../lib/media/sharing';

// A build lists every page before it writes the first one: the cards start drawing on the worker
// threads here, and are ready (or nearly) when their turn comes. The dev server lists the pages on
// every request, and draws only the card asked for.
export const getStaticPaths = (async () => {
  const stories = await getStories();
  if (import.meta.env.PROD) prepareShareImages(stories.map(storyCard));
  return stories.map((story) => ({ params: { id: story.id }, props: { story }, cacheKey: pageKey(story) }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderShareImage(storyCard((props as { story: Story }).story));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
