/**
 * A content file's body is Markdown and nothing else: MDX would run `import`/`export` lines and
 * `{…}` while building, and put tags such as `<script>` into the page.
 */
import { describe, expect, test } from 'vitest';
import { bodyProblems } from '../../../src/lib/content/bodyCheck';
import { checkContent, formatProblems } from '../../../src/lib/content/contentIssues';

describe('bodyProblems', () => {
  test('plain Markdown passes: headings, lists, links, quotes, full-width brackets, escapes, code', () => {
    const body = [
      '## 做法',
      '',
      '- 开展“七个一”活动，见[来源](https://example.org/a?b=1)。',
      '> 《内蒙古日报》报道，1 < 2 时成立；a > b 也是文字。',
      '全角＜尖括号＞与｛花括号｝，转义的 \\<b\\> 与 \\{x\\}。',
      '行内代码 `<script>{x}</script>` 不算。',
      '```html',
      '<script>alert(1)</script>',
      'import x from "y"',
      '```',
    ].join('\n');
    expect(bodyProblems(body, 5)).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', '<script>'],
    ['正文<img src=x onerror=alert(1)>正文', '<img'],
    ['</div>', '</div>'],
    ['<!-- 注释 -->', '<!--'],
    ['<>片段</>', '<>'],
    ['<Card />', '<Card'],
  ])('refuses a tag: %s', (line, shown) => {
    const [problem] = bodyProblems(`第一行\n${line}`, 10);
    expect(problem?.line).toBe(11);
    expect(problem?.found).toContain(shown);
    expect(problem?.fix).toContain('\\<');
  });

  test.each(['{process.env.SECRET}', '数字{1+1}', 'export const x = 1', "import fs from 'node:fs'"])(
    'refuses code: %s',
    (line) => {
      const [problem] = bodyProblems(line, 7);
      expect(problem?.line).toBe(7);
      expect(problem?.fix).toMatch(/import 或 export|花括号/);
    },
  );

  test('refuses an invisible control character and names it', () => {
    expect(bodyProblems('正常\n含有\u000B字符', 3)).toEqual([
      expect.objectContaining({ line: 4, found: expect.stringContaining('U+000B') }),
    ]);
  });

  test('one problem per line, ten at most', () => {
    expect(bodyProblems('<a><b>{x}', 1)).toHaveLength(1);
    expect(bodyProblems(Array(50).fill('<b>').join('\n'), 1)).toHaveLength(10);
  });
});

test('the content report names the file and the body line', () => {
  const problems = checkContent({
    units: [],
    routes: [],
    stories: [{ file: 'content/stories/x.mdx', data: undefined, parseError: '…', body: '\n<script>alert(1)</script>\n', bodyLine: 12 }],
  });
  const report = formatProblems(problems);
  expect(report).toContain('content/stories/x.mdx');
  expect(report).toContain('字段 正文（第 13 行）');
  expect(report).toContain('实际：“<script>alert(1)</script>”');
});
