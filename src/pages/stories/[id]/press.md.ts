/** `/stories/<id>/press.md`: a story's press pack as Markdown, for download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKey } from '../../../lib/content/pageKeys';
import { getStories, type Story } from '../../../lib/content/queries';
import { pressMarkdown } from '../../../lib/media/pressPack';
import { pressInput, pressLabels } from '../../../lib/media/sharing';
import { siteBase } from '../../../lib/paths';

export const getStaticPaths = (async () =>
  (await getStories()).map((story) => ({
    params: { id: story.id },
    props: { story },
    cacheKey: pageKey(story),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(pressMarkdown(pressInput(siteBase(site), (props as { story: Story }).story), pressLabels()), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
