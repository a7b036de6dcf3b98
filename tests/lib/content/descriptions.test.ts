import { describe, expect, test } from 'vitest';
import {
  designationFacts,
  otherNames,
  routeDescription,
  unitDescription,
} from '../../../src/lib/content/descriptions';

describe('descriptions', () => {
  test('a unit is described by its name, status, region and district', () => {
    expect(unitDescription({ name: '示例社区', status: 'confirmed-point', region: '包头市', district: '青山区' })).toBe(
      '示例社区：示范点（来源证实）。包头市青山区。',
    );
  });

  test('a unit without a district leaves it out rather than guessing', () => {
    expect(unitDescription({ name: '示例学校', status: 'point-other-source', region: '赤峰市' })).toBe(
      '示例学校：示范点（其他来源）。赤峰市。',
    );
  });

  test('a route is described by its name, theme and number of stops', () => {
    expect(routeDescription({ name: '示例线路', theme: '城市民族工作' }, 5)).toBe('示例线路：城市民族工作，5 站。');
  });

  test('other names put the short name first and skip what is missing or empty', () => {
    expect(otherNames({ shortName: '简称', aliases: ['别名甲', '别名乙'] })).toEqual(['简称', '别名甲', '别名乙']);
    expect(otherNames({ aliases: ['别名'] })).toEqual(['别名']);
    expect(otherNames({ shortName: '', aliases: [] })).toEqual([]);
  });

  test('a designation lists the facts that are known, in order: level, batch, year', () => {
    expect(designationFacts({ level: '国家级', batch: 10, year: 2023 })).toEqual(['国家级', '第10批', '2023年']);
    expect(designationFacts({ level: '盟市级' })).toEqual(['盟市级']);
    expect(designationFacts({ year: 2022 })).toEqual(['2022年']);
    expect(designationFacts({})).toEqual([]);
  });
});
