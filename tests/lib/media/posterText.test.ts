import { describe, expect, test } from 'vitest';
import { hasMongolian, posterFileName, withoutMongolian, wrapText } from '../../../src/lib/media/posterText';

/** A monospaced measure: a CJK character (or full-width punctuation) is 2, anything else 1. */
const measure = (text: string) => [...text].reduce((width, ch) => width + (/[\u3000-\uFFFF]/.test(ch) ? 2 : 1), 0);

describe('wrapText', () => {
  test('breaks Chinese between characters, no line wider than the width', () => {
    const lines = wrapText('民族团结进步创建示范单位和示范点', 10, measure);
    expect(lines).toEqual(['民族团结进', '步创建示范', '单位和示范', '点']);
    expect(lines.join('')).toBe('民族团结进步创建示范单位和示范点');
  });

  test('never opens a line with closing punctuation: the character before it comes down too', () => {
    const lines = wrapText('包头市团结广场，示范点', 14, measure);
    expect(lines).toEqual(['包头市团结广', '场，示范点']);
    for (const line of lines) expect(line).not.toMatch(/^[，。、；：）》”]/);
  });

  test('keeps Latin words and numbers whole, and breaks a word longer than a line', () => {
    expect(wrapText('共有 11.1万 个岗位', 8, measure)).toEqual(['共有', '11.1万', '个岗位']);
    expect(wrapText('https://example.org/stories/a', 10, measure)).toEqual(['https://ex', 'ample.org/', 'stories/a']);
  });

  test('with maxLines, the last line kept ends in an ellipsis and still fits', () => {
    const lines = wrapText('一二三四五六七八九十一二三四五六七八九十', 8, measure, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(8);
  });

  test('empty or blank text gives no lines', () => {
    expect(wrapText('  \n ', 10, measure)).toEqual([]);
  });
});

describe('Mongolian lines', () => {
  test('a line in Mongolian script is left out, Chinese lines stay', () => {
    expect(hasMongolian('ᠮᠣᠩᠭᠣᠯ')).toBe(true);
    expect(hasMongolian('内蒙古 Mongolia')).toBe(false);
    expect(withoutMongolian(['团结广场', 'ᠡᠪ ᠨᠡᠶ᠎ᠡ ᠲᠠᠯᠠᠪᠠᠢ', '示范点'])).toEqual(['团结广场', '示范点']);
  });
});

test('the poster file is named after the page id', () => {
  expect(posterFileName('bt-tuanjie-square')).toBe('bt-tuanjie-square-poster.png');
  expect(posterFileName('../x y')).toBe('-x-y-poster.png');
});
