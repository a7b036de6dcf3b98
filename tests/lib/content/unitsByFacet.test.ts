import { describe, expect, test } from 'vitest';
import { unitsByFacet } from '../../../src/lib/content/unitsByFacet';

describe('units by facet', () => {
  const unit = (id: string, region: string, category: string, status: string) => ({
    id,
    data: { region, category, status },
  });
  const units = [
    unit('a', '赤峰市', '学校', 'confirmed-point'),
    unit('b', '包头市', '社区', 'confirmed-point'),
    unit('c', '包头市', '学校', 'point-other-source'),
  ];

  test('groups follow the taxonomy order and keep the units in the order given', () => {
    const groups = unitsByFacet(units, 'region');
    expect(groups.map((group) => group.term.slug)).toEqual(['baotou', 'chifeng']);
    expect(groups[0]?.units.map((u) => u.id)).toEqual(['b', 'c']);
    expect(groups[1]?.units.map((u) => u.id)).toEqual(['a']);
  });

  test('terms no unit has get no group', () => {
    const groups = unitsByFacet(units, 'category');
    expect(groups.map((group) => group.term.value)).toEqual(['学校', '社区']);
    expect(unitsByFacet([], 'status')).toEqual([]);
  });

  test('every unit lands in exactly one group of each facet', () => {
    for (const facet of ['region', 'category', 'status'] as const) {
      const ids = unitsByFacet(units, facet).flatMap((group) => group.units.map((u) => u.id));
      expect(ids.sort()).toEqual(['a', 'b', 'c']);
    }
  });
});
