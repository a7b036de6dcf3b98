/**
 * Astro integration that has the build write the share cards after every other page.
 *
 * Astro lists every page, then writes them in the order of its routes, several at a time; the
 * share cards' routes (`/share/…`) come before the stories'. A card is drawn on a worker thread
 * (src/lib/media/cardWorkers.ts) from the moment the pages are listed, and its route only waits
 * for the drawing to end. Written in Astro's order, every slot waits on a card while the main
 * thread has nothing to do; written last, the main thread renders the HTML pages while the
 * workers draw, and by the time the cards' turn comes most of them are done.
 *
 * It wraps Astro's own prerenderer and changes nothing but the order of the list.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Routes whose output is drawn on worker threads: the share cards. */
export const WORKER_ROUTE = /^\/share\//;

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** The same paths, those of {@link WORKER_ROUTE} moved to the end; otherwise in Astro's order. */
export function workerPathsLast(paths: readonly PathWithRoute[]): PathWithRoute[] {
  const first: PathWithRoute[] = [];
  const last: PathWithRoute[] = [];
  for (const path of paths) (WORKER_ROUTE.test(path.route.route) ? last : first).push(path);
  return [...first, ...last];
}

export default function workerPagesLast(): AstroIntegration {
  return {
    name: 'mz:worker-pages-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          ...astro,
          name: 'mz:worker-pages-last',
          getStaticPaths: async () => workerPathsLast(await astro.getStaticPaths()),
        }));
      },
    },
  };
}
