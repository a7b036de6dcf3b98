import { describe, expect, it } from 'vitest';
import { chineseVoice } from '../../../src/lib/speech/chineseVoice';

const voice = (lang: string, name = lang) => ({ lang, name });

describe('chineseVoice', () => {
  it('prefers Mandarin of mainland China', () => {
    const voices = [voice('en-US'), voice('zh-TW'), voice('zh-HK'), voice('zh-CN', 'Tingting')];
    expect(chineseVoice(voices)?.name).toBe('Tingting');
  });

  it('reads Android’s zh_CN and any letter case', () => {
    expect(chineseVoice([voice('en-GB'), voice('ZH_cn')])?.lang).toBe('ZH_cn');
  });

  it('takes simplified Chinese before other Chinese, and other Chinese before nothing', () => {
    expect(chineseVoice([voice('zh-TW'), voice('zh-Hans-SG')])?.lang).toBe('zh-Hans-SG');
    expect(chineseVoice([voice('en-US'), voice('zh-HK')])?.lang).toBe('zh-HK');
    expect(chineseVoice([voice('cmn-Hant-TW')])?.lang).toBe('cmn-Hant-TW');
  });

  it('finds none without a Chinese voice', () => {
    expect(chineseVoice([voice('en-US'), voice('mn-MN'), voice('zu-ZA')])).toBeUndefined();
    expect(chineseVoice([])).toBeUndefined();
  });
});
