/**
 * A wrong content file stops the real `astro build` before anything is written, with the report
 * that names the file and the field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = join(import.meta.dirname, '../..');
const work = join(root, '.tmp-tests', 'build-guard');
const contentDir = '.tmp-tests/build-guard/content';
const outDir = join(work, 'dist');

afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a unit with latitude 91 stops the build and nothing is published', () => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(join(root, 'content'), join(root, contentDir), { recursive: true });
  const file = join(root, contentDir, 'units', 'bt-tuanjie-square.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('lat: 40.655', 'lat: 91'));

  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });

  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status).not.toBe(0);
  expect(output).toContain('内容校验未通过');
  expect(output).toContain(`${contentDir}/units/bt-tuanjie-square.mdx`);
  expect(output).toContain('字段 location.lat');
  expect(output).toContain('实际：91');
  expect(existsSync(outDir)).toBe(false);
}, 120_000);
