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
