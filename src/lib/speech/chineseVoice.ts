/** The voice to read aloud in (朗读). Browser-safe: src/scripts/readAloud.ts uses it. */

/** The part of a SpeechSynthesisVoice read here. */
export interface VoiceLike {
  lang: string;
}

/** A voice's language as a lower-case BCP 47 tag (Android reports `zh_CN`). */
const tag = (voice: VoiceLike) => voice.lang.toLowerCase().replace(/_/g, '-');

/**
 * The voice to read the site's Chinese text in: Mandarin of mainland China (`zh-CN`) first, then
 * any voice in simplified Chinese, then any Chinese voice at all; none when no voice speaks Chinese.
 */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  return (
    voices.find((voice) => tag(voice) === 'zh-cn') ??
    voices.find((voice) => /^zh-(hans|sg)/.test(tag(voice))) ??
    voices.find((voice) => /^(zh|cmn)(-|$)/.test(tag(voice)))
  );
}
