/**
 * The 5 fictional showcase routes of the demo data set: every demo unit on exactly one route,
 * stops in an order that does not zigzag, one route on foot and the rest by coach. Part of the
 * fixed skeleton, like the units.
 */
import { distanceKm } from '../../../src/lib/geo/travel';
import { DEMO_SOURCE_TITLE, type DemoFile, mdxFile } from './demoFile';
import { DEMO_UNIT_COUNT, DISTRICTS, type DemoUnit, SKELETON_SEED } from './demoUnits';
import { createRng, hashSeed } from './random';

/** Number of demo routes. */
export const DEMO_ROUTE_COUNT = 5;

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const ROUTE_THEMES = [
  '示例主题：互嵌社区与邻里守望（虚构）',
  '示例主题：校园里的民族团结教育（虚构）',
  '示例主题：产业园区里的各族职工（虚构）',
  '示例主题：历史记忆与红色教育（虚构）',
  '示例主题：城乡结对与共同富裕（虚构）',
];

const STOP_NOTES = [
  '示例：参观示例展厅，听一段示例讲解（虚构）',
  '示例：与示例志愿者座谈（虚构）',
  '示例：观看示例文艺节目（虚构）',
  '示例：体验示例手工课（虚构）',
  '示例：在示例书屋翻阅资料（虚构）',
];

/** A unit's position for ordering stops; units without a location stand at their district centre. */
const placeOf = (unit: DemoUnit) => unit.location ?? { lat: unit.district.lat, lng: unit.district.lng };

/** Orders stops greedily by nearest neighbour, starting from the westernmost, so routes do not zigzag. */
function orderStops(units: DemoUnit[]): DemoUnit[] {
  const rest = [...units].sort((a, b) => placeOf(a).lng - placeOf(b).lng);
  const ordered = rest.splice(0, 1);
  while (rest.length > 0) {
    const last = placeOf(ordered[ordered.length - 1] as DemoUnit);
    let best = 0;
    rest.forEach((unit, k) => {
      if (distanceKm(last, placeOf(unit)) < distanceKm(last, placeOf(rest[best] as DemoUnit))) best = k;
    });
    ordered.push(...rest.splice(best, 1));
  }
  return ordered;
}

/** Splits the 40 units into 5 routes of 5–10 stops each, every unit on exactly one route. */
function routeMembers(units: DemoUnit[]): DemoUnit[][] {
  const rng = createRng(hashSeed(SKELETON_SEED, 0x0b0));
  const sizes = Array.from({ length: DEMO_ROUTE_COUNT }, () => DEMO_UNIT_COUNT / DEMO_ROUTE_COUNT);
  for (let k = 0; k < 8; k++) {
    const from = rng.int(0, DEMO_ROUTE_COUNT - 1);
    const to = rng.int(0, DEMO_ROUTE_COUNT - 1);
    if (from !== to && (sizes[from] as number) > 5 && (sizes[to] as number) < 10) {
      sizes[from] = (sizes[from] as number) - 1;
      sizes[to] = (sizes[to] as number) + 1;
    }
  }
  const byArea = [...units].sort(
    (a, b) => DISTRICTS.indexOf(a.district) - DISTRICTS.indexOf(b.district) || placeOf(a).lng - placeOf(b).lng,
  );
  let start = 0;
  return sizes.map((size) => orderStops(byArea.slice(start, (start += size))));
}

/** The route files over the demo units: each route's stops, timings and directions, and its body. */
export function routeFiles(units: DemoUnit[]): DemoFile[] {
  const members = routeMembers(units);
  const pathKm = (stops: DemoUnit[]) =>
    stops.slice(1).reduce((sum, unit, k) => sum + distanceKm(placeOf(stops[k] as DemoUnit), placeOf(unit)), 0);
  const lengths = members.map(pathKm);
  const walkIndex = lengths.indexOf(Math.min(...lengths));

  return members.map((stops, r) => {
    const rng = createRng(hashSeed(SKELETON_SEED, 0x0b1, r));
    const travelMode = r === walkIndex ? 'walk' : 'coach';
    const id = `demo-route-${r + 1}`;
    const name = `示例线路${CHINESE_NUMERALS[r]}`;
    const data = {
      id,
      name,
      theme: ROUTE_THEMES[r % ROUTE_THEMES.length],
      kind: 'official',
      travelMode,
      stops: stops.map((unit, k) => {
        const next = stops[k + 1];
        let directions: string | undefined;
        if (next && rng.chance(0.85)) {
          if (!unit.location || !next.location) directions = '示例：下一站位置未知，路线待核实（虚构）';
          else {
            const km = distanceKm(unit.location, next.location);
            directions =
              travelMode === 'walk'
                ? `示例：步行约 ${Math.max(3, Math.round(km * 13))} 分钟到下一站（虚构）`
                : `示例：乘大巴约 ${Math.max(5, Math.round(km * 2.5 + 3))} 分钟到下一站（虚构）`;
          }
        }
        return {
          unit: unit.id,
          minutes: rng.int(4, 12) * 5,
          ...(rng.chance(0.4) ? { note: rng.pick(STOP_NOTES) } : {}),
          ...(directions ? { directions } : {}),
        };
      }),
      sources: [{ title: DEMO_SOURCE_TITLE }],
    };
    const body = [
      `${name}是虚构的示例线路，由 ${stops.length} 个示例示范点组成，只用于演示和测试本网站的线路页面、地图和打印行程单。`,
      `线路从${stops[0]?.name}出发，到${stops[stops.length - 1]?.name}结束，${travelMode === 'walk' ? '全程步行' : '各站之间乘大巴'}。停留时间和交通说明都是示例数据，请勿据此安排真实行程。`,
    ].join('\n\n');
    return { path: `routes/${id}.mdx`, text: mdxFile(data, body) };
  });
}
