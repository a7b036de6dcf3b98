/**
 * Astro integration that, after a build has written everything, deletes the derived files of the
 * build cache (share cards, QR codes, search indexes) that no build has made or used for 30 days
 * (src/lib/buildCache.ts). Without it every edit of a story leaves its old card behind for good.
 * Listed last, so that every integration that uses the cache has marked what it used.
 */
import type { AstroIntegration } from 'astro';
import { evictUnused, UNUSED_FOR_MS } from '../lib/buildCache';

export default function cacheEviction(cacheDir: string, maxAge: number = UNUSED_FOR_MS): AstroIntegration {
  return {
    name: 'mztj:cache-eviction',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { entries, bytes } = evictUnused(cacheDir, maxAge);
        if (entries > 0) {
          const days = Math.round(maxAge / 86_400_000);
          const size = bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
          logger.info(`${entries} cached file(s) unused for ${days} days deleted (${size})`);
        }
      },
    },
  };
}
