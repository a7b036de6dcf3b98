/**
 * Coordinates in an import sheet: the coordinate systems Chinese map services use, read as editors
 * name them, and converted to the WGS84 the site stores.
 */
import gcoord from 'gcoord';

/** Coordinate systems a sheet may use. */
export const CRS_VALUES = ['wgs84', 'gcj02', 'bd09'] as const;
/** One of {@link CRS_VALUES}. */
export type Crs = (typeof CRS_VALUES)[number];

/** Each coordinate system's name as the report writes it. */
export const CRS_NAMES: Record<Crs, string> = { wgs84: 'WGS84', gcj02: 'GCJ-02', bd09: 'BD-09' };

/** Reads a coordinate-system name as editors write it (GCJ-02, gcj02, 高德, 百度, GPS …). */
export function parseCrs(text: string): Crs | undefined {
  const t = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]/g, '');
  if (['wgs84', 'gps', 'wgs', '天地图', 'cgcs2000', '国家2000'].includes(t)) return 'wgs84';
  if (['gcj02', 'gcj', '高德', '高德地图', '腾讯', '腾讯地图', '火星', '火星坐标'].includes(t)) return 'gcj02';
  if (['bd09', 'bd09ll', '百度', '百度地图', '百度坐标'].includes(t)) return 'bd09';
  return undefined;
}

/**
 * Converts a coordinate to WGS84 with gcoord, rounded to 6 decimals (about 0.1 m), so that the
 * same sheet always gives the same file.
 */
export function toWgs84(lng: number, lat: number, crs: Crs): { lng: number; lat: number } {
  const from = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 }[crs];
  const [x, y] = crs === 'wgs84' ? [lng, lat] : gcoord.transform([lng, lat], from, gcoord.WGS84);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { lng: round(x), lat: round(y) };
}
