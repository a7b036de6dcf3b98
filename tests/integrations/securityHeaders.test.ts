import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeSecurityHeaders } from '../../src/integrations/securityHeaders';
import { cspHash } from '../../src/lib/security/securityHeaders';

describe('security headers of a build, with what each page holds kept between builds', () => {
  let root: string;
  let outDir: string;
  let cacheDir: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'security-headers-'));
    outDir = join(root, 'dist');
    cacheDir = join(root, 'cache');
    for (const [path, script] of [
      ['index.html', 'first()'],
      ['stories/a/index.html', 'first()'],
      ['stories/b/index.html', 'second()'],
    ] as const) {
      mkdirSync(join(outDir, path, '..'), { recursive: true });
      writeFileSync(
        join(outDir, path),
        `<!doctype html><html lang="zh-CN"><script>${script}</script><p>团结</p></html>`,
      );
    }
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const policy = () => readFileSync(join(outDir, '_headers'), 'utf8');

  test('a rebuild with the same pages parses none of them and writes the same headers', () => {
    expect(writeSecurityHeaders(outDir, cacheDir)).toMatchObject({ scripts: 2, parsed: 3 });
    const first = policy();
    expect(first).toContain(cspHash('second()'));
    expect(writeSecurityHeaders(outDir, cacheDir)).toMatchObject({ scripts: 2, parsed: 0 });
    expect(policy()).toBe(first);
  });

  test('a changed page is parsed again, and its new inline script is allowed', () => {
    writeSecurityHeaders(outDir, cacheDir);
    writeFileSync(
      join(outDir, 'stories/b/index.html'),
      '<!doctype html><html lang="zh-CN"><script>third()</script></html>',
    );
    expect(writeSecurityHeaders(outDir, cacheDir)).toMatchObject({ scripts: 2, parsed: 1 });
    expect(policy()).toContain(cspHash('third()'));
    expect(policy()).not.toContain(cspHash('second()'));
  });

  test('a kept result is never a reason to let a blocked attribute through', () => {
    writeSecurityHeaders(outDir, cacheDir);
    writeFileSync(
      join(outDir, 'stories/a/index.html'),
      '<!doctype html><html lang="zh-CN"><p onclick="x()">团结</p></html>',
    );
    expect(() => writeSecurityHeaders(outDir, cacheDir)).toThrow(/stories\/a\/index\.html .*onclick/);
    // And the next build still refuses it.
    expect(() => writeSecurityHeaders(outDir, cacheDir)).toThrow(/onclick/);
  });

  test('an unreadable file of kept results only means every page is parsed', () => {
    writeSecurityHeaders(outDir, cacheDir);
    writeFileSync(join(cacheDir, 'derived', 'inline-code.json'), '{not json');
    expect(writeSecurityHeaders(outDir, cacheDir)).toMatchObject({ scripts: 2, parsed: 3 });
  });
});
