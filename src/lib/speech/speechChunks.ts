/** Text cut into utterances for reading aloud (朗读). Browser-safe: src/scripts/readAloudPlayer.ts uses it. */

/** Ends of sentences and clauses after which an utterance may stop. */
const SENTENCE_END = /(?<=[。！？；!?;…\n])/u;

/**
 * The text cut into utterances of at most `max` characters, at the ends of sentences where it can
 * be (a sentence longer than `max` is cut where it reaches it). Short utterances are how the
 * text is read reliably: some engines stop a long one after about 15 seconds, and pausing or
 * stopping takes effect at once. Runs of white space become one space; empty pieces are dropped.
 */
export function speechChunks(text: string, max = 160): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of text.split(SENTENCE_END)) {
    let sentence = raw.replace(/\s+/g, ' ').trim();
    while (sentence.length > max) {
      if (current) chunks.push(current);
      current = '';
      chunks.push(sentence.slice(0, max));
      sentence = sentence.slice(max).trim();
    }
    if (!sentence) continue;
    if (current && current.length + sentence.length > max) {
      chunks.push(current);
      current = sentence;
    } else {
      current = current ? `${current}${/[\u3000-\u9fff\uff00-\uffef]$/.test(current) ? '' : ' '}${sentence}` : sentence;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
