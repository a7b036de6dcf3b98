/** The footer's filings, each shown only when configured, with the links the authorities expect. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import SiteFooter from '../../src/components/SiteFooter.astro';
import { siteConfigFrom } from '../../src/lib/siteConfig';

const render = async (env: Record<string, string>) => {
  const container = await AstroContainer.create();
  return container.renderToString(SiteFooter, { props: { config: siteConfigFrom(env) } });
};

describe('site footer', () => {
  test('with nothing configured, no filing line, no code and no 党政机关 mark', async () => {
    const html = await render({});
    expect(html).not.toContain('data-filings');
    expect(html).not.toContain('beian');
    expect(html).not.toContain('网站标识码');
    expect(html).not.toContain('党政机关');
  });

  test('the ICP number alone links the MIIT filing system', async () => {
    const html = await render({ PUBLIC_ICP_NUMBER: '蒙ICP备2024000001号-1' });
    expect(html).toMatch(/<a href="https:\/\/beian\.miit\.gov\.cn\/"[^>]*>\s*蒙ICP备2024000001号-1\s*<\/a>/);
    expect(html).not.toContain('beian.mps.gov.cn');
    expect(html).not.toContain('党政机关');
  });

  test('the public-security number links its record by the number’s digits, on the ICP line', async () => {
    const html = await render({
      PUBLIC_ICP_NUMBER: '蒙ICP备2024000001号',
      PUBLIC_PSB_NUMBER: '蒙公网安备 15020002000000号',
    });
    const line = /<p[^>]*data-filings[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(line).toContain('蒙ICP备2024000001号');
    expect(line).toMatch(
      /<a href="https:\/\/beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=15020002000000"[^>]*>\s*蒙公网安备 15020002000000号\s*<\/a>/,
    );
    expect(html).not.toContain('网站标识码');
  });

  test('a government site: the identification code beside the filings, the 党政机关 mark as a text link', async () => {
    const html = await render({
      PUBLIC_ICP_NUMBER: '蒙ICP备2024000001号',
      PUBLIC_WEBSITE_CODE: '1502000001',
      PUBLIC_GOV_MARK_URL: 'https://bszs.conac.cn/sitename?method=show&id=0A1B2C3D&a=1',
    });
    const line = /<p[^>]*data-filings[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
    expect(line).toContain('网站标识码：1502000001');
    expect(html).toMatch(
      /<a href="https:\/\/bszs\.conac\.cn\/sitename\?method=show&amp;id=0A1B2C3D&amp;a=1"[^>]*data-gov-mark[^>]*>\s*党政机关\s*<\/a>/,
    );
    expect(html).not.toContain('<img');
  });

  test('the 党政机关 mark as an image, when one is supplied', async () => {
    const html = await render({
      PUBLIC_GOV_MARK_URL: 'https://bszs.conac.cn/sitename?method=show&id=1',
      PUBLIC_GOV_MARK_IMAGE: '/images/dzjg.png',
    });
    expect(html).toMatch(/<a [^>]*data-gov-mark[^>]*>\s*<img src="\/images\/dzjg\.png" alt="党政机关"/);
    expect(html).not.toContain('data-filings');
  });
});
