import type { AstroPrerenderer } from 'astro';
import { describe, expect, test, vi } from 'vitest';
import workerPagesLast from '../../src/integrations/workerPagesLast';

type Path = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
const path = (route: string, pathname: string): Path => ({ pathname, route: { route } as Path['route'] });

/** Astro's prerenderer as the integration receives it, listing `paths`. */
function astroPrerenderer(paths: Path[]): AstroPrerenderer {
  return {
    name: 'astro:default',
    setup: vi.fn(async () => {}),
    getStaticPaths: async () => paths,
    render: vi.fn(async () => new Response('页面')),
    teardown: vi.fn(async () => {}),
  };
}

type Chosen = AstroPrerenderer | ((defaults: AstroPrerenderer) => AstroPrerenderer);

/** The prerenderer the build uses once the integration has set it up. */
function wrapped(defaults: AstroPrerenderer): AstroPrerenderer {
  let chosen: Chosen | undefined;
  const hook = workerPagesLast().hooks['astro:build:start'] as unknown as (options: {
    setPrerenderer: (prerenderer: Chosen) => void;
  }) => void;
  hook({ setPrerenderer: (prerenderer) => (chosen = prerenderer) });
  if (!chosen) throw new Error('the integration set no prerenderer');
  return typeof chosen === 'function' ? chosen(defaults) : chosen;
}

describe('share cards are written after the other pages', () => {
  test('the card pages go to the end of the list, and every other page keeps Astro’s order', async () => {
    const listed = [
      path('/', '/'),
      path('/share/site.png', '/share/site.png'),
      path('/share/stories/[id].png', '/share/stories/a.png'),
      path('/share/stories/[id].png', '/share/stories/b.png'),
      path('/stories/[id]', '/stories/a/'),
      path('/units/[id]', '/units/u/'),
      path('/stories/[id]', '/stories/b/'),
    ];
    const order = (await wrapped(astroPrerenderer(listed)).getStaticPaths()).map((p) => p.pathname);
    expect(order).toEqual([
      '/',
      '/stories/a/',
      '/units/u/',
      '/stories/b/',
      '/share/site.png',
      '/share/stories/a.png',
      '/share/stories/b.png',
    ]);
  });

  test('pages are still set up, rendered and torn down by Astro’s own prerenderer', async () => {
    const defaults = astroPrerenderer([path('/', '/')]);
    const prerenderer = wrapped(defaults);
    await prerenderer.setup?.();
    const response = await prerenderer.render(new Request('http://localhost/'), { routeData: {} as Path['route'] });
    await prerenderer.teardown?.();
    expect(defaults.setup).toHaveBeenCalledOnce();
    expect(defaults.render).toHaveBeenCalledOnce();
    expect(defaults.teardown).toHaveBeenCalledOnce();
    expect(await (response as Response).text()).toBe('页面');
  });
});
