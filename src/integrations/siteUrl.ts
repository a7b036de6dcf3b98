/**
 * Astro integration that stops a build without a public address. Canonical links, the sitemap,
 * feeds, share tags and embed codes all carry `SITE_URL`; a build that fell back to the local
 * preview address would publish `http://localhost:4321` in every one of them. `astro dev` and
 * `astro preview` still run without it; `npm start`, the tests and the demo build set it
 * explicitly to the local address.
 */
import type { AstroIntegration } from 'astro';
import { LOCAL_SITE_URL } from '../lib/paths';

/** What is wrong with a `SITE_URL` value, in a sentence, or undefined when it is usable. */
export function siteUrlProblem(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') {
    return 'SITE_URL 未设置：发布构建需要网站的公开地址，规范链接、站点地图、订阅源、分享标签和嵌入代码都用它。';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL 不是完整的网址：“${value.slice(0, 80)}”。`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `SITE_URL 须以 https:// 或 http:// 开头，现为 “${url.protocol}”。`;
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    return 'SITE_URL 只能是网站地址本身，不能带查询参数（?）、片段（#）或用户名密码。';
  }
  return undefined;
}

/** How to set it, appended to every problem. */
export const SITE_URL_HOW =
  '请在构建时设置，例如：SITE_URL=https://www.example.gov.cn npm run build。' +
  `本机预览请用 npm start（它以 SITE_URL=${LOCAL_SITE_URL} 构建）。`;

/** Thrown when a build has no usable `SITE_URL`; its message says how to set it. */
export class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/** The integration: `astro build` needs `SITE_URL`; dev, preview and check do not. */
export default function requireSiteUrl(env: NodeJS.ProcessEnv = process.env): AstroIntegration {
  return {
    name: 'mztj:site-url',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const problem = siteUrlProblem(env.SITE_URL);
        if (!problem) return;
        if (command === 'build') throw new SiteUrlError(`${problem}\n${SITE_URL_HOW}`);
        // Dev and preview use the local address; a value that is set but wrong still gets said.
        if (env.SITE_URL) logger.warn(`${problem} 本次以 ${LOCAL_SITE_URL} 运行。`);
      },
    },
  };
}
