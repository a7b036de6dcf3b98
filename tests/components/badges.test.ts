/** Components rendered with Astro's Container API, as a page would include them. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import PrecisionLabel from '../../src/components/PrecisionLabel.astro';
import StatusBadge from '../../src/components/StatusBadge.astro';

test('a status badge carries its symbol and words, so colour is never the only cue', async () => {
  const container = await AstroContainer.create();
  const official = await container.renderToString(StatusBadge, { props: { status: 'official-list' } });
  expect(official).toMatch(/<span aria-hidden="true"[^>]*>★<\/span>/);
  expect(official).toContain('示范点（官方名单）');
  const related = await container.renderToString(StatusBadge, { props: { status: 'related-site' } });
  expect(related).toContain('相关场所（未证实为示范点）');
  expect(related).not.toContain('bg-accent-soft');
  expect(official).toContain('bg-accent-soft');
});

test('a precision label says approximate, precise or unknown, with the one precision wording', async () => {
  const container = await AstroContainer.create();
  const approximate = await container.renderToString(PrecisionLabel, {
    props: { location: { lat: 40.6, lng: 109.9, precision: 2050, note: '区级估计' } },
  });
  expect(approximate).toContain('约±2公里');
  const unknown = await container.renderToString(PrecisionLabel, { props: {} });
  expect(unknown).toContain('位置待补充');
});
