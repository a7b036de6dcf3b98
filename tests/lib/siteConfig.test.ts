import { describe, expect, test } from 'vitest';
import { siteConfigFrom } from '../../src/lib/siteConfig';

describe('siteConfigFrom', () => {
  test('unset settings are empty; set ones are trimmed and the public-security link takes the digits', () => {
    expect(siteConfigFrom({})).toMatchObject({
      icpNumber: '',
      psbNumber: '',
      psbUrl: '',
      websiteCode: '',
      govMarkUrl: '',
    });
    const config = siteConfigFrom({
      PUBLIC_ICP_NUMBER: ' 蒙ICP备2024000001号-1 ',
      PUBLIC_PSB_NUMBER: '蒙公网安备15020002000000号',
      PUBLIC_WEBSITE_CODE: 'bm01000001',
      PUBLIC_GOV_MARK_URL: 'https://bszs.conac.cn/sitename?method=show&id=1',
    });
    expect(config).toMatchObject({
      icpNumber: '蒙ICP备2024000001号-1',
      psbNumber: '蒙公网安备15020002000000号',
      psbUrl: 'https://beian.mps.gov.cn/#/query/webSearch?code=15020002000000',
      websiteCode: 'bm01000001',
    });
  });

  test.each([
    ['PUBLIC_ICP_NUMBER', 'ICP 2024'],
    ['PUBLIC_ICP_NUMBER', '蒙ICP备2024000001号<script>'],
    ['PUBLIC_PSB_NUMBER', '蒙公网安备 1502000200号'],
    ['PUBLIC_PSB_NUMBER', '15020002000000'],
    ['PUBLIC_WEBSITE_CODE', '150200000'],
    ['PUBLIC_WEBSITE_CODE', '15020000&1'],
    ['PUBLIC_GOV_MARK_URL', 'http://bszs.conac.cn/sitename?id=1'],
    ['PUBLIC_GOV_MARK_URL', 'https://bszs.conac.cn.example.org/x'],
    ['PUBLIC_GOV_MARK_URL', 'javascript:alert(1)'],
  ])('a malformed %s (%s) fails, naming the variable and the value', (name, value) => {
    const env = { PUBLIC_GOV_MARK_URL: 'https://bszs.conac.cn/x', [name]: value };
    expect(() => siteConfigFrom(env)).toThrow(`${name}="${value}" is not valid`);
  });

  test('the 党政机关 image must be a file of the site and needs the certificate link', () => {
    const url = 'https://bszs.conac.cn/sitename?id=1';
    expect(siteConfigFrom({ PUBLIC_GOV_MARK_URL: url, PUBLIC_GOV_MARK_IMAGE: '/images/dzjg.png' }).govMarkImage).toBe(
      '/images/dzjg.png',
    );
    expect(() => siteConfigFrom({ PUBLIC_GOV_MARK_URL: url, PUBLIC_GOV_MARK_IMAGE: 'https://x.org/a.png' })).toThrow(
      /PUBLIC_GOV_MARK_IMAGE=/,
    );
    expect(() => siteConfigFrom({ PUBLIC_GOV_MARK_IMAGE: '/images/dzjg.png' })).toThrow(/without PUBLIC_GOV_MARK_URL/);
  });
});
