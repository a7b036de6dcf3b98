/**
 * The build step of `npm test`: runs `npm run build`, unless the caller has just built this very
 * checkout and says so with `SITE_BUILT=1` (`.ci/run` sets it after `npm start` has built and
 * served the site), so that one test run builds the real site once. The build is made for the
 * local preview address, which the browser tests serve it on (LOCAL_SITE_URL in src/lib/paths.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SITE_BUILT === '1' && existsSync('dist/index.html')) {
  console.log('test: SITE_BUILT=1, testing the dist/ that was just built');
} else {
  const env = { ...process.env, SITE_URL: 'http://localhost:4321' };
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env });
  process.exit(status ?? 1);
}
