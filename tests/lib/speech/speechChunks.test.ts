import { describe, expect, it } from 'vitest';
import { speechChunks } from '../../../src/lib/speech/speechChunks';

describe('speechChunks', () => {
  it('keeps short text whole, with runs of white space made single and line breaks dropped between Chinese', () => {
    expect(speechChunks('  包头市   民族团结  ')).toEqual(['包头市 民族团结']);
    expect(speechChunks('包头市\n  民族团结')).toEqual(['包头市民族团结']);
  });

  it('cuts long text at the ends of sentences, never above the limit', () => {
    const sentence = '各族群众像石榴籽一样紧紧抱在一起。';
    const chunks = speechChunks(sentence.repeat(20), 60);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(60);
      expect(chunk.endsWith('。')).toBe(true);
    }
    expect(chunks.join('')).toBe(sentence.repeat(20));
  });

  it('cuts a sentence longer than the limit where it reaches it, losing nothing', () => {
    const long = '团'.repeat(25);
    expect(speechChunks(long, 10)).toEqual(['团'.repeat(10), '团'.repeat(10), '团'.repeat(5)]);
  });

  it('joins Chinese sentences without a space and Latin ones with one', () => {
    expect(speechChunks('第一句。第二句！', 100)).toEqual(['第一句。第二句！']);
    expect(speechChunks('One. Two!\nThree', 100)).toEqual(['One. Two! Three']);
  });

  it('gives nothing for empty text', () => {
    expect(speechChunks(' \n ')).toEqual([]);
  });
});
