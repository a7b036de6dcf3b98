/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH` when set, else a system Chromium on a
 * usual path, else Playwright's own download. With none of them, the tests stop before starting
 * anything and say what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where distributions put Chromium or Chrome. */
const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

const HOW_TO_INSTALL = [
  'The browser tests need Chromium, and none was found. Any one of these works:',
  '  Debian or Ubuntu:  apt-get install chromium      (then run the tests again)',
  '  any browser build: CHROMIUM_PATH=/path/to/chrome npm test',
  "  Playwright's own:  npx playwright install chromium",
].join('\n');

/**
 * The executable to launch, or undefined to let Playwright use its own download. Throws with
 * `HOW_TO_INSTALL` when `CHROMIUM_PATH` names no file or no browser exists at all.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured}: no such file.\n\n${HOW_TO_INSTALL}`);
    return configured;
  }
  const system = SYSTEM_PATHS.find((path) => existsSync(path));
  if (system) return system;
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(HOW_TO_INSTALL);
}
