/**
 * What "保存离线使用" on a route page keeps for reading without a network: the route page, the
 * page of each of its stops, and the route's files. Paths, same origin; the service worker
 * (public/sw.js) also keeps the stylesheets and scripts those pages load.
 */
export function offlineUrls(routeId: string, unitIds: readonly string[], formats: readonly string[]): string[] {
  return [
    ...new Set([
      `/routes/${routeId}/`,
      ...unitIds.map((id) => `/units/${id}/`),
      ...formats.map((format) => `/exports/routes/${routeId}.${format}`),
    ]),
  ];
}

/** Site assets (`/_astro/…`) a page links or loads, from its HTML. */
export function pageAssets(html: string): string[] {
  return [...new Set([...html.matchAll(/\s(?:href|src)="(\/_astro\/[^"]+)"/g)].map((m) => m[1] ?? ''))];
}
