import gcoord from 'gcoord';
import { describe, expect, test } from 'vitest';
import { mapAppLinks, toBd09, toGcj02 } from '../../../src/lib/geo/mapLinks';

/**
 * Reference pairs published with wandergis/coordtransform (test/app.js, an independent
 * implementation of the same transforms): for the input 116.404, 39.915 —
 *   wgs84togcj02 → [116.41024449916938, 39.91640428150164]
 *   gcj02tobd09  → [116.41036949371029, 39.92133699351021]
 * https://github.com/wandergis/coordtransform/blob/master/test/app.js
 */
const INPUT = { lng: 116.404, lat: 39.915 };
const WGS_TO_GCJ = [116.41024449916938, 39.91640428150164];
const GCJ_TO_BD = [116.41036949371029, 39.92133699351021];

describe('coordinate conversion for the map apps', () => {
  test('WGS84 to GCJ-02 matches the published reference to 1e-7°', () => {
    const [lng, lat] = toGcj02(INPUT.lat, INPUT.lng);
    expect(lng).toBeCloseTo(WGS_TO_GCJ[0] as number, 7);
    expect(lat).toBeCloseTo(WGS_TO_GCJ[1] as number, 7);
  });

  test('WGS84 to BD-09 goes through GCJ-02, whose BD-09 step matches the published reference', () => {
    const [refLng, refLat] = gcoord.transform([INPUT.lng, INPUT.lat], gcoord.GCJ02, gcoord.BD09) as [number, number];
    expect(refLng).toBeCloseTo(GCJ_TO_BD[0] as number, 7);
    expect(refLat).toBeCloseTo(GCJ_TO_BD[1] as number, 7);
    const [gLng, gLat] = toGcj02(INPUT.lat, INPUT.lng);
    const [bdLng, bdLat] = toBd09(INPUT.lat, INPUT.lng);
    const [stepLng, stepLat] = gcoord.transform([gLng, gLat], gcoord.GCJ02, gcoord.BD09) as [number, number];
    expect(bdLng).toBeCloseTo(stepLng, 7);
    expect(bdLat).toBeCloseTo(stepLat, 7);
  });
});

describe('links to AMap and Baidu Maps', () => {
  test('a precise location gets both links with converted coordinates', () => {
    const links = mapAppLinks('示例', { lat: INPUT.lat, lng: INPUT.lng, precision: 30 });
    expect(links).not.toBeNull();
    const amap = new URL(links?.amap ?? '');
    expect(amap.host).toBe('uri.amap.com');
    expect(amap.searchParams.get('position')).toBe('116.410244,39.916404');
    expect(amap.searchParams.get('name')).toBe('示例');
    const baidu = new URL(links?.baidu ?? '');
    expect(baidu.host).toBe('api.map.baidu.com');
    expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
    const [lat, lng] = (baidu.searchParams.get('location') ?? '').split(',').map(Number);
    expect(lng).toBeCloseTo(116.4167, 3);
    expect(lat).toBeCloseTo(39.9227, 3);
  });

  test('an approximate or unknown location gets no navigation link', () => {
    expect(mapAppLinks('示例', { lat: 40.6, lng: 109.8, precision: 2000 })).toBeNull();
    expect(mapAppLinks('示例', undefined)).toBeNull();
  });
});
