/**
 * The build step of `npm test`: runs `npm run build`, unless the caller has just built this very
 * checkout and says so with `SITE_BUILT=1` (`.ci/run` sets it after `npm start` has built and
 * served the site), so that one test run builds the real site once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (process.env.SITE_BUILT === '1' && existsSync('dist/index.html')) {
  console.log('test: SITE_BUILT=1, testing the dist/ that was just built');
} else {
  const { status } = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(status ?? 1);
}
