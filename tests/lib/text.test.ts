import { describe, expect, test } from 'vitest';
import {
  csvField,
  csvFile,
  escapeHtml,
  escapeMarkdown,
  escapeXml,
  fill,
  findControlCharacter,
  markdownUrl,
  stripControlCharacters,
} from '../../src/lib/text';

describe('escaping by destination', () => {
  test('HTML: markup and both quotes become entities, so text can sit in content or an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>A & B</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/a&gt;',
    );
  });

  test('XML: the five predefined entities', () => {
    expect(escapeXml(`"红石榴" <家园> & 'x'`)).toBe('&quot;红石榴&quot; &lt;家园&gt; &amp; &apos;x&apos;');
  });

  test('an ampersand already escaped is escaped again, never taken as markup', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;');
  });
});

describe('fill', () => {
  test('fills named placeholders and leaves unknown ones visible', () => {
    expect(fill('第 {n} 站：{name}，{missing}', { n: 2, name: '团结广场' })).toBe('第 2 站：团结广场，{missing}');
  });

  test('a value that looks like a placeholder is not filled again', () => {
    expect(fill('{a}{b}', { a: '{b}', b: 'x' })).toBe('{b}x');
  });

  test('names inherited from Object.prototype are not values', () => {
    expect(fill('{constructor}', {})).toBe('{constructor}');
  });
});

describe('CSV', () => {
  test('quotes a field only when it must, doubling inner quotes', () => {
    expect(csvField('团结广场')).toBe('团结广场');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('他说"好"')).toBe('"他说""好"""');
    expect(csvField('两行\n文字')).toBe('"两行\n文字"');
    expect(csvField(40.5)).toBe('40.5');
  });

  test('a text Excel would run as a formula gets a leading apostrophe and opens inert', () => {
    expect(csvField('=HYPERLINK("http://x","点此")')).toBe(`"'=HYPERLINK(""http://x"",""点此"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']) {
      expect(csvField(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('-2+3')).toBe("'-2+3");
  });

  test('numbers stay numbers: negative coordinates, as numbers or as written text', () => {
    expect(csvField(-12.5)).toBe('-12.5');
    expect(csvField('-12.500000')).toBe('-12.500000');
    expect(csvField('+3')).toBe('+3');
    expect(csvField('团结=和谐')).toBe('团结=和谐');
  });

  test('a file opens in Excel: byte-order mark first, CRLF after every row', () => {
    expect(
      csvFile([
        ['名称', '纬度'],
        ['团结广场', 40.6],
      ]),
    ).toBe('\uFEFF名称,纬度\r\n团结广场,40.6\r\n');
  });
});

describe('control characters', () => {
  test('the first one is found with its position in characters and its code point', () => {
    expect(findControlCharacter('正常的文字\t和换行\n')).toBeUndefined();
    expect(findControlCharacter('𠀀标题\u000B后')).toEqual({ position: 4, code: 'U+000B' });
    expect(findControlCharacter('a\u007F')).toEqual({ position: 2, code: 'U+007F' });
    expect(findControlCharacter('a\u0085')).toEqual({ position: 2, code: 'U+0085' });
    expect(findControlCharacter('\uFFFE')).toEqual({ position: 1, code: 'U+FFFE' });
  });

  test('stripping keeps tab, line breaks and every other character, and drops lone surrogates', () => {
    expect(stripControlCharacters('甲\u0000乙\u0008\u000B\u000C\u001F\u007F\u0080\u009F\uFFFE\uFFFF丙')).toBe('甲乙丙');
    expect(stripControlCharacters('\t\n\r 𠀀 😀 \u00A0')).toBe('\t\n\r 𠀀 😀 \u00A0');
    expect(stripControlCharacters('a\uD800b\uDC00c')).toBe('abc');
  });

  test('XML escaping drops them, so no text makes a file ill-formed', () => {
    expect(escapeXml('包头\u000B<市>')).toBe('包头&lt;市&gt;');
  });
});

describe('Markdown', () => {
  test('everyday Chinese text is left as it is', () => {
    const text = '包头：红石榴家园“团结”（2022年）11.1万人次，第08版。原题：《原》';
    expect(escapeMarkdown(text)).toBe(text);
  });

  test('markup characters and HTML are escaped with backslashes', () => {
    expect(escapeMarkdown('<b>粗</b> *斜* _下_ `码` [链](x) ~删~ a|b \\')).toBe(
      '\\<b\\>粗\\</b\\> \\*斜\\* \\_下\\_ \\`码\\` \\[链\\](x) \\~删\\~ a\\|b \\\\',
    );
    expect(escapeMarkdown('A & B &amp; &#60;')).toBe('A & B \\&amp; \\&#60;');
  });

  test('line starts that would make a heading or a list are escaped; breaks become spaces', () => {
    expect(escapeMarkdown('# 标题')).toBe('\\# 标题');
    expect(escapeMarkdown('- 项')).toBe('\\- 项');
    expect(escapeMarkdown('1. 项')).toBe('1\\. 项');
    expect(escapeMarkdown(' 一行\n\n# 二行 ')).toBe('一行 # 二行');
  });

  test('link destinations are encoded: spaces, quotes, angle brackets and parentheses', () => {
    expect(markdownUrl('https://example.org/a (b)/"c"<d>')).toBe('https://example.org/a%20%28b%29/%22c%22%3Cd%3E');
  });
});
