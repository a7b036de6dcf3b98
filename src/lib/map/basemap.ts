/**
 * The map's background tiles, chosen at build time (see README "地图底图"):
 *
 *   PUBLIC_BASEMAP=tianditu|osm|xyz|none   default: tianditu when PUBLIC_TIANDITU_KEY is set, else osm
 *   PUBLIC_TIANDITU_KEY=…              browser key of 天地图 (lbs.tianditu.gov.cn)
 *   PUBLIC_TILE_URL=…                  xyz: the tile server's URL template, e.g.
 *                                      https://tiles.example.org/{z}/{x}/{y}{r}.png ({r} is `@2x` on
 *                                      high-density screens, for servers that have such tiles)
 *   PUBLIC_TILE_ATTRIBUTION=…          xyz: attribution as plain text (escaped), bottom right
 *   PUBLIC_MAP_REVIEW_NUMBER=…         审图号, e.g. GS(2024)0568号: shown as text at the bottom left of
 *                                      every map and on printed itineraries (MapReviewNumber.astro)
 *
 * 天地图 serves CGCS2000, which matches WGS84 at map scale, so points need no offset on it.
 */
import { escapeHtml } from '../text';

/** Which tiles the map draws under the points. */
export type BasemapKind = 'tianditu' | 'osm' | 'xyz' | 'none';

/** One Leaflet tile layer: URL template (`{s}`, `{z}`, `{x}`, `{y}`), subdomains and deepest zoom. */
export interface TileLayerConfig {
  url: string;
  subdomains?: string;
  maxZoom: number;
}

/** The basemap as the map script receives it. */
export interface Basemap {
  kind: BasemapKind;
  /** Tile layers, bottom first (天地图: vector, then annotation). Empty for `none`. */
  layers: TileLayerConfig[];
  /** Attribution HTML (bottom right). The 审图号 is not in it: it stands apart, at the bottom left. */
  attribution: string;
}

/** The basemap for an environment (defaults to `process.env`). */
export function basemapFrom(env: Record<string, string | undefined> = process.env): Basemap {
  const key = env.PUBLIC_TIANDITU_KEY ?? '';
  const wanted = env.PUBLIC_BASEMAP ?? (key ? 'tianditu' : 'osm');
  if (wanted === 'tianditu') {
    const wmts = (layer: string) =>
      `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;
    return {
      kind: 'tianditu',
      layers: [
        { url: wmts('vec'), subdomains: '01234567', maxZoom: 18 },
        { url: wmts('cva'), subdomains: '01234567', maxZoom: 18 },
      ],
      attribution: '底图 © <a href="https://www.tianditu.gov.cn/">天地图</a>',
    };
  }
  if (wanted === 'none') return { kind: 'none', layers: [], attribution: '' };
  if (wanted === 'xyz') return xyzBasemap(env.PUBLIC_TILE_URL ?? '', env.PUBLIC_TILE_ATTRIBUTION ?? '');
  if (wanted !== 'osm') throw new Error(`PUBLIC_BASEMAP="${wanted}" is not one of tianditu, osm, xyz, none.`);
  return {
    kind: 'osm',
    layers: [{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', maxZoom: 19 }],
    attribution: '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> 贡献者',
  };
}

/**
 * Any other tile server (a self-hosted one, or a provider not built in), by its URL template. A
 * template that is not an http(s) URL with {z}, {x} and {y} fails the build, naming the variable.
 */
function xyzBasemap(template: string, attribution: string): Basemap {
  const url = template.trim();
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.replace(/\{[a-z]\}/g, '0'));
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !['{z}', '{x}', '{y}'].every((part) => url.includes(part))) {
    throw new Error(
      `PUBLIC_TILE_URL="${url}" is not a tile URL template such as https://tiles.example.org/{z}/{x}/{y}.png (needed by PUBLIC_BASEMAP=xyz).`,
    );
  }
  return { kind: 'xyz', layers: [{ url, maxZoom: 19 }], attribution: escapeHtml(attribution.trim()) };
}

/**
 * A 审图号 as the map review authorities issue it: `GS(2024)0568号`, `GS京(2022)1061号`,
 * `蒙S(2021)025号`; brackets half- or full-width.
 */
const REVIEW_NUMBER = /^(?:GS\p{Script=Han}?|\p{Script=Han}S)[(（]\d{4}[)）]\d{1,6}号$/u;

/**
 * The map review number (审图号) of this deployment, or '' when none is configured. China's rules
 * ask every map published in the country to carry it, so it is shown whenever configured, with
 * any basemap. A value that is not a 审图号 fails the build, naming the variable.
 */
export function mapReviewNumber(env: Record<string, string | undefined> = process.env): string {
  const value = (env.PUBLIC_MAP_REVIEW_NUMBER ?? '').trim();
  if (value && !REVIEW_NUMBER.test(value)) {
    throw new Error(
      `PUBLIC_MAP_REVIEW_NUMBER="${value}" is not a map review number (审图号) such as GS(2024)0568号 or 蒙S(2021)025号.`,
    );
  }
  return value;
}
