import { describe, expect, test } from 'vitest';
import { csvField, csvFile, escapeHtml, escapeXml, fill } from '../../src/lib/text';

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

  test('a file opens in Excel: byte-order mark first, CRLF after every row', () => {
    expect(
      csvFile([
        ['名称', '纬度'],
        ['团结广场', 40.6],
      ]),
    ).toBe('\uFEFF名称,纬度\r\n团结广场,40.6\r\n');
  });
});
