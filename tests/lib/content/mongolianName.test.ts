/**
 * Names in traditional Mongolian script (`mongolianName` on units and stories): what the content
 * guard accepts, and what it tells an editor who pastes Cyrillic, Latin or Chinese into the field
 * or leaves out the source.
 */
import { describe, expect, test } from 'vitest';
import { checkFile, type CollectionName, formatProblems } from '../../../src/lib/content/contentIssues';
import { isMongolianScript, withoutMongolianScript } from '../../../src/lib/text';

/** ᠵᠢᠱᠢᠶ + U+180E + ᠡ: 示例 in Mongolian script, with the vowel separator U+180E before the final e. */
const EXAMPLE = '\u1835\u1822\u1831\u1822\u1836\u180E\u1821';
/** ᠬᠥᠬᠡᠬᠣᠲᠠ (Köke qota, Hohhot): a second word of the script, for the tests only. */
const HOHHOT = '\u182C\u1825\u182C\u1821\u182C\u1823\u1832\u1820';

const SOURCE = { title: '某社区双语牌匾（本站编辑拍摄）', date: '2026-01-10' };

const unit = (mongolianName?: unknown) => ({
  id: 'bt-minzu-community',
  name: '包头市某民族团结社区',
  ...(mongolianName === undefined ? {} : { mongolianName }),
  region: '包头市',
  category: '社区',
  status: 'seed-named-unit',
  sources: [{ title: '包头日报 2022-09-20' }],
  updated: '2024-05-01',
});

const story = (mongolianName?: unknown) => ({
  id: 'red-pomegranate-home',
  title: '红石榴家园里的邻里互助',
  ...(mongolianName === undefined ? {} : { mongolianName }),
  summary: '社区以“红石榴家园”为载体，组织各族居民互帮互助。',
  date: '2022-10-14',
  speaker: '包头市某民族团结社区',
  region: '包头市',
  source: { publication: '内蒙古日报', date: '2022-10-14' },
  licence: '本站文字依 CC BY 4.0 发布；原文版权归原作者。',
});

const check = (collection: CollectionName, data: unknown) =>
  checkFile(collection, { file: `content/${collection}/x.mdx`, data });

describe('a Mongolian name that is right', () => {
  test('traditional script with its source is accepted on a unit and on a story', () => {
    expect(check('units', unit({ text: EXAMPLE, source: SOURCE }))).toEqual([]);
    expect(check('stories', story({ text: `${HOHHOT} ${EXAMPLE}`, source: SOURCE }))).toEqual([]);
  });

  test('suffixes joined by the narrow no-break space, variation selectors, joiners and Mongolian digits are accepted', () => {
    // ᠬᠣᠲᠠ U+202F ᠶᠢᠨ (city's), ᠭ with FVS1, ZWJ, ᠑᠒ (12).
    const text = `\u182C\u1823\u1832\u1820\u202F\u1836\u1822\u1828 \u182D\u180B\u200D \u1811\u1812`;
    expect(check('units', unit({ text, source: SOURCE }))).toEqual([]);
  });

  test('spaces around the name are trimmed', () => {
    expect(check('units', unit({ text: ` ${EXAMPLE} `, source: SOURCE }))).toEqual([]);
  });

  test('a record without a Mongolian name needs none', () => {
    expect(check('units', unit())).toEqual([]);
    expect(check('stories', story())).toEqual([]);
  });
});

describe('a Mongolian name that is wrong', () => {
  test('Cyrillic (the script of Mongolia, not of Inner Mongolia) is refused, naming the field and the character', () => {
    const problems = check('units', unit({ text: 'Жишээ', source: SOURCE }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'mongolianName.text' });
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/x.mdx
        字段 mongolianName.text
          应为：传统蒙古文（回鹘式蒙古文，Unicode U+1800–U+18AF，可含空格、U+202F 窄空格和变形选择符）
          实际："Жишээ"（第 1 个字符 Ж 是西里尔字母（斯拉夫蒙古文），不是传统蒙古文）
          改法：从来源（双语牌匾照片、公文、官方网页）中复制传统蒙古文原文粘贴进来；不要填西里尔字母（斯拉夫蒙古文）、拉丁转写或汉字。来源中没有蒙古文名称时删除整个 mongolianName 字段。
      "
    `);
  });

  test('a Latin transliteration is refused', () => {
    const [problem] = check('stories', story({ text: 'Jisiy-e', source: SOURCE }));
    expect(problem?.field).toBe('mongolianName.text');
    expect(problem?.found).toContain('第 1 个字符 J 是拉丁字母');
    expect(problem?.expected).toContain('传统蒙古文');
  });

  test('Chinese in the field is refused, even after Mongolian letters', () => {
    const [problem] = check('units', unit({ text: `${EXAMPLE} 社区`, source: SOURCE }));
    expect(problem?.field).toBe('mongolianName.text');
    expect(problem?.found).toContain('第 9 个字符 社 是汉字');
  });

  test('separators and joiners alone, or an empty text, are no name', () => {
    for (const text of ['', '   ', '\u180E\u202F', '\u200D']) {
      const [problem] = check('units', unit({ text, source: SOURCE }));
      expect(problem?.field, JSON.stringify(text)).toBe('mongolianName.text');
    }
  });

  test('an invisible character is named by its code point', () => {
    const [problem] = check('units', unit({ text: `${EXAMPLE}\u200B`, source: SOURCE }));
    expect(problem?.found).toContain('U+200B');
  });

  test('a name without a source is refused, with the rule that it is then left out', () => {
    const problems = check('units', unit({ text: EXAMPLE }));
    expect(problems.map((p) => p.field)).toEqual(['mongolianName.source']);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "内容校验未通过：1 个文件共 1 处问题，网站没有生成。

      content/units/x.mdx
        字段 mongolianName.source
          应为：蒙古文名称的出处（含 title 的来源，可加 url、date、note）
          实际：（缺失）
          改法：写明蒙古文名称的出处：title 必填，有网址时写 url；说不出出处的蒙古文名称不能发布，请删除整个 mongolianName 字段。
      "
    `);
  });

  test('a source without a title is refused on a story too', () => {
    const [problem] = check('stories', story({ text: EXAMPLE, source: { url: 'https://example.org/' } }));
    expect(problem?.field).toBe('mongolianName.source.title');
  });

  test('a name given as plain text, without text and source, is refused', () => {
    const [problem] = check('units', unit(EXAMPLE));
    expect(problem?.field).toBe('mongolianName');
    expect(problem?.fix).toContain('不要自拟');
  });
});

describe('Mongolian script in text', () => {
  test('isMongolianScript tells the script apart from Cyrillic, Latin and Chinese', () => {
    expect(isMongolianScript(EXAMPLE)).toBe(true);
    expect(isMongolianScript('Жишээ')).toBe(false);
    expect(isMongolianScript('jisiye')).toBe(false);
    expect(isMongolianScript('示例')).toBe(false);
  });

  test('withoutMongolianScript leaves the rest of a line as it was', () => {
    expect(withoutMongolianScript(`呼和浩特 ${HOHHOT}\u202F${EXAMPLE} 新城区`)).toBe('呼和浩特 新城区');
    expect(withoutMongolianScript(`团结社区（${EXAMPLE}）`)).toBe('团结社区');
    expect(withoutMongolianScript('团结社区')).toBe('团结社区');
  });
});
