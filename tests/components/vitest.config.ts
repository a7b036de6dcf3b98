import { getViteConfig } from 'astro/config';

/** Components need Astro's compiler: this project runs under Astro's own Vite configuration. */
export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
  },
});
