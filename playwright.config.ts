/**
 * Browser tests in `e2e/`, run against the built site served by `astro preview`: the real site
 * (`dist/`, port 4321) and the fictional demo data set (`dist-demo/`, port 4322).
 *
 *   npm test                                   builds both, then runs everything
 *   npx playwright test --project=real         after `npm run build`
 *   npx playwright test --project=demo         after `SEARCH_STORY_SHARD_SIZE=20 npm run build:demo -- --stories 60`
 *                                              (search indexes of 20 stories, so there are several:
 *                                              e2e/demo-search-shards.spec.ts)
 *
 * Chromium: `CHROMIUM_PATH`, else a system Chromium (Debian's `/usr/bin/chromium`), else
 * Playwright's own browser; with none, the run stops and says what to install (e2e/support/browser.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable } from './e2e/support/browser';
import { NGINX_BINARY, NGINX_DEMO_PORT, NGINX_DEMO_URL, NGINX_REAL_PORT, NGINX_REAL_URL } from './e2e/support/nginx';

/** Ports can be moved (`E2E_REAL_PORT`, `E2E_DEMO_PORT`) to run two checkouts' tests side by side. */
const REAL_PORT = Number(process.env.E2E_REAL_PORT ?? 4321);
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4322);
const REAL_URL = `http://localhost:${REAL_PORT}`;
const DEMO_URL = `http://localhost:${DEMO_PORT}`;
/** nginx serving both builds with deploy/nginx/site.conf (the `served` project). */
const NGINX_BUILDS = [
  { outDir: 'dist', url: NGINX_REAL_URL, port: NGINX_REAL_PORT },
  { outDir: 'dist-demo', url: NGINX_DEMO_URL, port: NGINX_DEMO_PORT },
].filter((build) => existsSync(fileURLToPath(new URL(`${build.outDir}/index.html`, import.meta.url))));

const executablePath = chromiumExecutable();

/**
 * A preview server for each build that exists; a missing build is reported by the specs that need
 * it. `--ignore-lock`: Astro 7 allows one locked preview server per project (the second would
 * exit with "Another astro preview server is already running") and, when it detects an AI agent,
 * moves a locked server to the background, where Playwright could not stop it.
 */
const servers = [
  { outDir: 'dist', command: `npx astro preview --port ${REAL_PORT} --ignore-lock`, url: REAL_URL },
  // As `npm run demo`. astro.config.mjs picks outDir from SITE_DATA; `--outDir` says it explicitly.
  {
    outDir: 'dist-demo',
    command: `SITE_DATA=demo CONTENT_DIR=.demo/content npx astro preview --port ${DEMO_PORT} --outDir dist-demo --ignore-lock`,
    url: DEMO_URL,
  },
].filter((server) => existsSync(fileURLToPath(new URL(`${server.outDir}/index.html`, import.meta.url))));

/**
 * Debian's nginx with the repository's configuration, for the `served` project: security headers,
 * framing and requests as a real server delivers the site (scripts/serve-nginx.mjs). Without nginx
 * the other projects still run and the `served` tests say what to install.
 */
if (NGINX_BINARY && NGINX_BUILDS.length > 0) {
  servers.push({
    outDir: NGINX_BUILDS[0]?.outDir ?? 'dist',
    command: `node scripts/serve-nginx.mjs ${NGINX_BUILDS.map((build) => `${build.outDir}:${build.port}`).join(' ')}`,
    url: NGINX_BUILDS[0]?.url ?? NGINX_REAL_URL,
  });
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'real', use: { baseURL: REAL_URL }, testIgnore: ['**/demo*.spec.ts', '**/served*.spec.ts'] },
    { name: 'demo', use: { baseURL: DEMO_URL }, testMatch: '**/demo*.spec.ts' },
    // Once against nginx: both builds, headers, CSP, framing, requests (e2e/support/nginx.ts).
    { name: 'served', use: { baseURL: NGINX_REAL_URL }, testMatch: '**/served*.spec.ts' },
  ],
  webServer: servers.map(({ command, url }) => ({
    command,
    url,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  })),
});
