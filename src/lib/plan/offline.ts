/**
 * What "保存离线使用" on a route page keeps for reading without a network: the route page, the
 * page of each of its stops, and the route's files. Paths, same origin; the service worker
 * (public/sw.js) also keeps the stylesheets and scripts those pages load, found as
 * {@link pageAssets} finds them (tests/lib/plan/offline.test.ts runs the worker's own copy).
 */
import { exportPath, routePath, unitPath } from '../paths';

/** The paths to keep for a route: its page, each stop's page once, and its file in each format. */
export function offlineUrls(routeId: string, unitIds: readonly string[], formats: readonly string[]): string[] {
  return [
    ...new Set([
      routePath(routeId),
      ...unitIds.map((id) => unitPath(id)),
      ...formats.map((format) => exportPath(format, routeId)),
    ]),
  ];
}

/** Site assets (`/_astro/…`) a page links or loads, from its HTML. */
export function pageAssets(html: string): string[] {
  return [...new Set([...html.matchAll(/\s(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/** Start of the name of every cache the offline worker has ever made, whatever its version. */
export const OFFLINE_CACHE_PREFIX = 'mztj-offline-';
/** The worker's current version; caches of other versions are deleted when it activates. */
export const OFFLINE_CACHE_VERSION = 'v2';
/** Start of the name of each saved route's cache in the current version. */
export const OFFLINE_CURRENT_PREFIX = `${OFFLINE_CACHE_PREFIX}${OFFLINE_CACHE_VERSION}-`;
/** Key, in a saved route's cache, of the entry that describes the route ({@link SavedRoute}). */
export const OFFLINE_META_PATH = '/.offline-route.json';

/** The cache that keeps one saved route. */
export const offlineCacheName = (routeId: string): string => `${OFFLINE_CURRENT_PREFIX}${routeId}`;

/** A saved route as listed on this device: what the worker wrote at {@link OFFLINE_META_PATH}. */
export interface SavedRoute {
  id: string;
  name: string;
  path: string;
  /** ISO time of saving. */
  savedAt: string;
  /** Pages and files kept. */
  count: number;
}

/** A saved-route entry read back from a cache, or undefined when it is not one. */
export function savedRouteOf(value: unknown): SavedRoute | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { id, name, path, savedAt, count } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof path !== 'string') return undefined;
  if (!path.startsWith('/') || path.startsWith('//')) return undefined;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) return undefined;
  return { id, name, path, savedAt, count: typeof count === 'number' ? count : 0 };
}
