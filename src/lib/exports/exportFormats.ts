/**
 * Route and point files for other tools: GPX 1.1, KML 2.2, GeoJSON (RFC 7946) and CSV. Every
 * export says which points are approximate; approximate points are left out of GPX waypoints,
 * because a GPS device would treat them as places to navigate to.
 */
import { formatPrecision } from '../format';
import { csvFile, escapeXml } from '../text';

/** A place as the exports need it. Coordinates are WGS84. */
export interface ExportPoint {
  id: string;
  name: string;
  lat: number;
  lng: number;
  /** Radius in metres within which the place lies. */
  precision: number;
  approximate: boolean;
  /** Status slug and its label. */
  status: string;
  statusLabel: string;
  /** Absolute URL of the unit page. */
  url: string;
}

/** A stop of a route or plan: the unit, and its point when the location is known. */
export interface ExportStop {
  id: string;
  name: string;
  minutes: number;
  point: ExportPoint | null;
}

/** A route or a plan. */
export interface ExportRoute {
  name: string;
  description?: string;
  url?: string;
  stops: ExportStop[];
}

const coord = (n: number) => n.toFixed(6);

/** Words appended to an approximate point's description in every export. */
export const approximateNote = (p: ExportPoint) => `近似位置：实际地点在约${p.precision}米范围内，不可用于导航`;

function describe(p: ExportPoint): string {
  return [
    p.statusLabel,
    p.approximate ? approximateNote(p) : `精确位置（${formatPrecision(p.precision)}）`,
    p.url,
  ].join('；');
}

/** GPX 1.1: precise points as `wpt`; the route, if any, as `rte` of every stop with a location. */
export function toGpx(title: string, points: ExportPoint[], route?: ExportRoute): string {
  const wpts = points
    .filter((p) => !p.approximate)
    .map(
      (p) =>
        `  <wpt lat="${coord(p.lat)}" lon="${coord(p.lng)}">\n    <name>${escapeXml(p.name)}</name>\n    <desc>${escapeXml(describe(p))}</desc>\n    <link href="${escapeXml(p.url)}"/>\n    <type>${escapeXml(p.status)}</type>\n  </wpt>`,
    );
  const left = points.filter((p) => p.approximate).length;
  const rte = route
    ? [
        `  <rte>`,
        `    <name>${escapeXml(route.name)}</name>`,
        ...(route.description ? [`    <desc>${escapeXml(route.description)}</desc>`] : []),
        ...route.stops.flatMap((stop, k) =>
          stop.point
            ? [
                `    <rtept lat="${coord(stop.point.lat)}" lon="${coord(stop.point.lng)}">\n      <name>${k + 1}. ${escapeXml(stop.name)}${stop.point.approximate ? '（近似位置）' : ''}</name>\n      <desc>${escapeXml(`停留 ${stop.minutes} 分钟；${describe(stop.point)}`)}</desc>\n      <type>${stop.point.approximate ? 'approximate' : 'precise'}</type>\n    </rtept>`,
              ]
            : [],
        ),
        `  </rte>`,
      ]
    : [];
  const desc = `直线连接各站，不是道路导航路线。${left > 0 ? `另有 ${left} 个近似位置未作为航点导出。` : ''}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="minzu-tuanjie" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata>\n    <name>${escapeXml(title)}</name>\n    <desc>${escapeXml(desc)}</desc>\n  </metadata>`,
    ...wpts,
    ...rte,
    '</gpx>',
    '',
  ].join('\n');
}

/** KML 2.2: a placemark per point (approximate ones say so in name and data); the route as a line. */
export function toKml(title: string, points: ExportPoint[], route?: ExportRoute): string {
  const placemark = (p: ExportPoint, label: string) =>
    [
      '    <Placemark>',
      `      <name>${escapeXml(label)}${p.approximate ? '（近似位置）' : ''}</name>`,
      `      <description>${escapeXml(describe(p))}</description>`,
      '      <ExtendedData>',
      `        <Data name="id"><value>${escapeXml(p.id)}</value></Data>`,
      `        <Data name="status"><value>${escapeXml(p.status)}</value></Data>`,
      `        <Data name="precision_m"><value>${p.precision}</value></Data>`,
      `        <Data name="approximate"><value>${p.approximate}</value></Data>`,
      '      </ExtendedData>',
      `      <Point><coordinates>${coord(p.lng)},${coord(p.lat)},0</coordinates></Point>`,
      '    </Placemark>',
    ].join('\n');
  const marks = route
    ? route.stops.flatMap((stop, k) => (stop.point ? [placemark(stop.point, `${k + 1}. ${stop.name}`)] : []))
    : points.map((p) => placemark(p, p.name));
  const line =
    route && route.stops.filter((s) => s.point).length >= 2
      ? [
          '    <Placemark>',
          `      <name>${escapeXml(route.name)}（直线连接）</name>`,
          `      <description>${escapeXml('各站之间的直线，不是道路导航路线。')}</description>`,
          `      <LineString><coordinates>${route.stops
            .flatMap((s) => (s.point ? [`${coord(s.point.lng)},${coord(s.point.lat)},0`] : []))
            .join(' ')}</coordinates></LineString>`,
          '    </Placemark>',
        ]
      : [];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<kml xmlns="http://www.opengis.net/kml/2.2">',
    '  <Document>',
    `    <name>${escapeXml(title)}</name>`,
    ...marks,
    ...line,
    '  </Document>',
    '</kml>',
    '',
  ].join('\n');
}

/** GeoJSON: a Point feature per point (`[lng, lat]`, precision and status as properties), the route as a LineString. */
export function toGeoJson(title: string, points: ExportPoint[], route?: ExportRoute): string {
  const feature = (p: ExportPoint, extra: Record<string, unknown> = {}) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [Number(coord(p.lng)), Number(coord(p.lat))] },
    properties: {
      id: p.id,
      name: p.name,
      status: p.status,
      statusLabel: p.statusLabel,
      precision: p.precision,
      approximate: p.approximate,
      url: p.url,
      ...extra,
    },
  });
  const features = route
    ? route.stops.flatMap((stop, k) =>
        stop.point ? [feature(stop.point, { stop: k + 1, minutes: stop.minutes })] : [],
      )
    : points.map((p) => feature(p));
  const line = route?.stops.flatMap((s) => (s.point ? [[Number(coord(s.point.lng)), Number(coord(s.point.lat))]] : []));
  if (route && line && line.length >= 2) {
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: line } as never,
      properties: { name: route.name, straightLine: true } as never,
    });
  }
  return `${JSON.stringify({ type: 'FeatureCollection', name: title, features }, null, 2)}\n`;
}

/** CSV of points, UTF-8 with a byte-order mark so that Excel reads the Chinese correctly. */
export function toCsv(points: ExportPoint[], route?: ExportRoute): string {
  const header = ['id', 'name', 'status', 'lat', 'lng', 'precision_m', 'approximate', 'url'];
  const row = (p: ExportPoint) => [
    p.id,
    p.name,
    p.statusLabel,
    coord(p.lat),
    coord(p.lng),
    p.precision,
    p.approximate,
    p.url,
  ];
  const rows = route
    ? route.stops.map((stop, k) => [
        k + 1,
        stop.minutes,
        ...(stop.point ? row(stop.point) : [stop.id, stop.name, '', '', '', '', '位置待补充', '']),
      ])
    : points.map(row);
  const head = route ? ['stop', 'minutes', ...header] : header;
  return csvFile([head, ...rows]);
}
