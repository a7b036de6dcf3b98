/**
 * Hand-off to the map apps people use in China. Stored coordinates are WGS84; AMap (高德) expects
 * GCJ-02 and Baidu expects BD-09, so the point is converted with gcoord before it goes into the
 * link. Only precise locations get a link: an approximate one would send people to the wrong door.
 */
import gcoord from 'gcoord';
import { isApproximate } from '../format';

/** `[lng, lat]` in GCJ-02 (AMap, Tencent) from WGS84. */
export function toGcj02(lat: number, lng: number): [number, number] {
  return gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
}

/** `[lng, lat]` in BD-09 (Baidu) from WGS84. */
export function toBd09(lat: number, lng: number): [number, number] {
  return gcoord.transform([lng, lat], gcoord.WGS84, gcoord.BD09) as [number, number];
}

/** Identifies this site to Baidu's URI API, which asks every caller for a `src`. */
const BAIDU_SOURCE = 'webapp.minzutuanjie.site';

const fixed = (n: number) => n.toFixed(6);

/** Addresses that open a place in AMap and in Baidu Maps. */
export interface MapAppLinks {
  amap: string;
  baidu: string;
}

/**
 * Links that open a place in AMap and in Baidu Maps (web page on a computer, the app on a phone
 * when installed), or null for an approximate or unknown location.
 */
export function mapAppLinks(
  name: string,
  location: { lat: number; lng: number; precision: number } | undefined,
): MapAppLinks | null {
  if (!location || isApproximate(location.precision)) return null;
  const [gLng, gLat] = toGcj02(location.lat, location.lng);
  const [bLng, bLat] = toBd09(location.lat, location.lng);
  const amap = new URL('https://uri.amap.com/marker');
  amap.searchParams.set('position', `${fixed(gLng)},${fixed(gLat)}`);
  amap.searchParams.set('name', name);
  amap.searchParams.set('coordinate', 'gaode');
  amap.searchParams.set('callnative', '1');
  const baidu = new URL('https://api.map.baidu.com/marker');
  baidu.searchParams.set('location', `${fixed(bLat)},${fixed(bLng)}`);
  baidu.searchParams.set('title', name);
  baidu.searchParams.set('content', name);
  baidu.searchParams.set('coord_type', 'bd09ll');
  baidu.searchParams.set('output', 'html');
  baidu.searchParams.set('src', BAIDU_SOURCE);
  return { amap: amap.toString(), baidu: baidu.toString() };
}
