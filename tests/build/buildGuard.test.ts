/**
 * A wrong content file stops the real `astro build` before anything is written, with the report
 * that names the file and the field. The guard reads frontmatter as Astro does: a plain
 * `2022-09-01` where text belongs is a date to Astro, so the guard names it too. A build without
 * `SITE_URL` stops too, rather than publish the local preview address in every absolute link.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { LOCAL_SITE_URL } from '../../src/lib/paths';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp-tests', 'build-guard');
const contentDir = '.tmp-tests/build-guard/content';
const outDir = join(work, 'dist');

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a unit with latitude 91, and one whose short name YAML reads as a date, stop the build; nothing is published', () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'content'), join(root, contentDir), { recursive: true });
  const file = join(root, contentDir, 'units', 'bt-tuanjie-square.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('lat: 40.655', 'lat: 91'));
  const dated = join(root, contentDir, 'units', 'bt-aerding-1-community.mdx');
  writeFileSync(dated, readFileSync(dated, 'utf8').replace(/^shortName: .*$/m, 'shortName: 2022-09-01'));

  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: LOCAL_SITE_URL },
    encoding: 'utf8',
    timeout: 120_000,
  });

  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('内容校验未通过');
  expect(output).toContain(`${contentDir}/units/bt-tuanjie-square.mdx`);
  expect(output).toContain('字段 location.lat');
  expect(output).toContain('实际：91');
  expect(output).toContain(`${contentDir}/units/bt-aerding-1-community.mdx`);
  expect(output).toMatch(/字段 shortName\s+应为：文字\s+实际：2022-09-01/);
  expect(existsSync(outDir)).toBe(false);
}, 120_000);

test('a build without SITE_URL, or with one that is not a web address, stops and says how to set it; nothing is published', () => {
  rmSync(work, { recursive: true, force: true });
  const astro = join(root, 'node_modules', '.bin', 'astro');
  for (const siteUrl of [undefined, 'example.gov.cn', 'javascript:alert(1)']) {
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    if (siteUrl === undefined) delete env.SITE_URL;
    else env.SITE_URL = siteUrl;
    const result = spawnSync(astro, ['build', '--outDir', outDir], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(result.status, output).not.toBe(0);
    expect(output).toContain(siteUrl === undefined ? 'SITE_URL 未设置' : 'SITE_URL');
    expect(output).toContain('SITE_URL=https://www.example.gov.cn npm run build');
    expect(existsSync(outDir)).toBe(false);
  }
}, 120_000);
