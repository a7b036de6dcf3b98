/**
 * How much of a retold text still stands word for word in its original. Both texts are compared
 * with white space and punctuation removed, so a run of shared characters may cross a comma or a
 * line break; text the retelling sets inside “” or 《》 (names, slogans, titles) is not counted,
 * since quoting those is allowed.
 */

/** Characters that count: letters and digits of any script. Everything else is dropped. */
const COUNTED = /[\p{L}\p{N}]/u;

/** Quoted spans that are allowed to match the original: “…”, 《…》 and ‘…’. */
const QUOTED = /“[^“”]*”|《[^《》]*》|‘[^‘’]*’/gu;

/** The characters of `text` that count, in order. */
export function countedCharacters(text: string): string {
  let out = '';
  for (const ch of text) if (COUNTED.test(ch)) out += ch;
  return out;
}

/**
 * The pieces of a retold text that are measured: the text with its quoted spans cut out, each
 * piece reduced to the characters that count. A cut is a break, so no run crosses a quotation.
 */
export function measuredPieces(text: string): string[] {
  return text
    .split(QUOTED)
    .map(countedCharacters)
    .filter((piece) => piece.length > 0);
}

/** A state of the suffix automaton: the set of substrings that end at the same places. */
interface State {
  next: Map<string, State>;
  /** The state of the longest suffix that ends at more places; null for the root. */
  link: State | null;
  /** The length of the longest substring in this state. */
  length: number;
}

/**
 * A suffix automaton of the original: it answers, for each position of another text, the longest
 * run ending there that also occurs somewhere in the original, in time linear in both texts.
 */
class SuffixAutomaton {
  private readonly root: State = { next: new Map(), link: null, length: 0 };

  constructor(text: string) {
    let last = this.root;
    for (const ch of text) last = this.extend(last, ch);
  }

  private extend(last: State, ch: string): State {
    const current: State = { next: new Map(), link: this.root, length: last.length + 1 };
    let p: State | null = last;
    while (p && !p.next.has(ch)) {
      p.next.set(ch, current);
      p = p.link;
    }
    if (!p) return current;
    const q = p.next.get(ch) as State;
    if (p.length + 1 === q.length) {
      current.link = q;
      return current;
    }
    const clone: State = { next: new Map(q.next), link: q.link, length: p.length + 1 };
    while (p && p.next.get(ch) === q) {
      p.next.set(ch, clone);
      p = p.link;
    }
    q.link = clone;
    current.link = clone;
    return current;
  }

  /** For each character of `text`, the length of the longest shared run that ends on it. */
  matchLengths(text: readonly string[]): number[] {
    const out: number[] = [];
    let state = this.root;
    let matched = 0;
    for (const ch of text) {
      while (state.link && !state.next.has(ch)) {
        state = state.link;
        matched = state.length;
      }
      const to = state.next.get(ch);
      if (to === undefined) {
        matched = 0;
      } else {
        state = to;
        matched += 1;
      }
      out.push(matched);
    }
    return out;
  }
}

/** One run of characters shared with the original. */
export interface SharedRun {
  /** The run, as counted characters (no spaces or punctuation). */
  text: string;
  /** Its length in characters. */
  length: number;
}

/** What the comparison found. */
export interface OverlapReport {
  /** Counted characters in the measured text (quoted spans excluded). */
  measured: number;
  /** Of those, how many lie in a shared run of at least `minRun` characters. */
  inSharedRuns: number;
  /** `inSharedRuns / measured`, 0 for an empty text. */
  share: number;
  /** The longest shared runs, longest first, each listed once, at most `top` of them. */
  longest: SharedRun[];
}

export interface OverlapOptions {
  /** The shortest run that counts towards the share; default 12 characters. */
  minRun?: number;
  /** How many of the longest runs to list; default 10. */
  top?: number;
}

/** A reusable comparison against one original. */
export function overlapWith(original: string): (retold: string, options?: OverlapOptions) => OverlapReport {
  const automaton = new SuffixAutomaton(countedCharacters(original));
  return (retold, { minRun = 12, top = 10 } = {}) => {
    let measured = 0;
    let inSharedRuns = 0;
    const runs = new Map<string, number>();
    for (const piece of measuredPieces(retold)) {
      const chars = [...piece];
      const lengths = automaton.matchLengths(chars);
      measured += chars.length;
      // A character is covered when some run of at least minRun characters ending at or after
      // it also starts at or before it; sweeping from the end keeps the earliest start seen.
      let coveredFrom = Infinity;
      for (let i = chars.length - 1; i >= 0; i -= 1) {
        const length = lengths[i] ?? 0;
        if (length >= minRun) coveredFrom = Math.min(coveredFrom, i - length + 1);
        if (i >= coveredFrom) inSharedRuns += 1;
        // A run is maximal where the next character does not extend it.
        const extended = i + 1 < chars.length && lengths[i + 1] === length + 1;
        if (length > 0 && !extended) {
          const text = chars.slice(i - length + 1, i + 1).join('');
          runs.set(text, length);
        }
      }
    }
    const longest = [...runs]
      .map(([text, length]) => ({ text, length }))
      .sort((a, b) => b.length - a.length || a.text.localeCompare(b.text, 'zh-CN'))
      .slice(0, top);
    return { measured, inSharedRuns, share: measured === 0 ? 0 : inSharedRuns / measured, longest };
  };
}
