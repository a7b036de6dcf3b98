/** The public address a production build needs: what counts as usable, and what is refused. */
import { describe, expect, test } from 'vitest';
import { siteUrlProblem } from '../../src/integrations/siteUrl';

describe('siteUrlProblem', () => {
  test.each(['https://www.example.gov.cn', 'http://localhost:4321', 'https://example.org/minzu/'])(
    'accepts %s',
    (value) => expect(siteUrlProblem(value)).toBeUndefined(),
  );

  test.each([
    [undefined, '未设置'],
    ['', '未设置'],
    ['   ', '未设置'],
    ['www.example.gov.cn', '不是完整的网址'],
    ['ftp://example.org/', '须以 https:// 或 http:// 开头'],
    ['javascript:alert(1)', '须以 https:// 或 http:// 开头'],
    ['https://example.org/?from=ci', '不能带查询参数'],
    ['https://user:pw@example.org/', '用户名密码'],
  ])('refuses %j: %s', (value, message) => expect(siteUrlProblem(value)).toContain(message));
});
