/**
 * The body of a content file, below its frontmatter: Markdown text and nothing else. The files are
 * MDX, where `import`/`export` lines and `{…}` run as code and `<tag>` puts raw HTML or components
 * (a `<script>`, say) into the page; the site renders bodies as Markdown
 * (src/lib/content/markdownEntries.ts), where a tag would be raw HTML. No story, unit or route
 * needs any of them, and a file from someone else must not be able to run code or add scripts; so
 * the content checks refuse them, with the line, and say how to write the character as text. What
 * is left reads the same in MDX and in Markdown. Invisible control characters are refused too, as
 * in the frontmatter. Code spans and fenced code blocks are text in both and are left alone.
 */
import { findControlCharacter } from '../text';

/** One thing wrong in a body: its line in the file, what was found, and how to fix it. */
export interface BodyProblem {
  /** Line in the whole file (1-based). */
  line: number;
  /** What the line holds there, as the editor would recognise it. */
  found: string;
  /** How to put it right. */
  fix: string;
}

/** What the body may hold, in the editors' words. */
export const BODY_EXPECTED = 'Markdown 正文（不含 HTML 标签、组件、import/export 语句、{…} 表达式或控制字符）';

const ESM = /^(?:import|export)\b/;
/** `<` that opens a tag, a closing tag, a comment or a fragment in MDX; `\<` is text. */
const TAG = /(?<!\\)<(?=[A-Za-z/!>])/;
/** `{` or `}` that MDX takes for an expression; `\{` is text. */
const BRACE = /(?<!\\)[{}]/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The line with its code spans (`` `…` ``) blanked out, so that what they hold is not checked. */
function withoutCodeSpans(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (span) => ' '.repeat(span.length));
}

const quote = (line: string, at: number) => {
  const start = Math.max(0, at - 12);
  const piece = line.slice(start, at + 30).trim();
  return `“${start > 0 ? '…' : ''}${piece}${at + 30 < line.length ? '…' : ''}”`;
};

/**
 * What is wrong in `body`, which starts on line `firstLine` of its file; at most one problem per
 * line, and at most `max` in all (the first few are enough to find the rest).
 */
export function bodyProblems(body: string, firstLine: number, max = 10): BodyProblem[] {
  const problems: BodyProblem[] = [];
  let fence: string | undefined;
  const lines = body.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    if (problems.length >= max) break;
    const line = firstLine + index;
    const control = findControlCharacter(raw);
    if (control) {
      problems.push({
        line,
        found: `第 ${control.position} 个字符是看不见的控制字符 ${control.code}`,
        fix: '删掉这个字符（它多半随复制的网页、Word 或表格文字而来），或重新输入这一行。',
      });
      continue;
    }
    const opened = FENCE.exec(raw)?.[1];
    if (fence !== undefined) {
      if (opened !== undefined && opened[0] === fence[0] && opened.length >= fence.length) fence = undefined;
      continue;
    }
    if (opened !== undefined) {
      fence = opened;
      continue;
    }
    if (ESM.test(raw)) {
      problems.push({
        line,
        found: quote(raw, 0),
        fix: '正文不能以 import 或 export 开头（MDX 会把它当作程序运行）。这是正文文字时，在行首加一个全角字符或改写句子。',
      });
      continue;
    }
    const text = withoutCodeSpans(raw);
    const tag = TAG.exec(text);
    if (tag) {
      problems.push({
        line,
        found: quote(raw, tag.index),
        fix: '正文只能写 Markdown，不能写 HTML 标签或组件。要显示尖括号“<”时写成 \\<，或用全角“＜”“《》”。',
      });
      continue;
    }
    const brace = BRACE.exec(text);
    if (brace) {
      problems.push({
        line,
        found: quote(raw, brace.index),
        fix: '花括号在 MDX 里会被当作程序表达式。要显示花括号时写成 \\{ 和 \\}，或用全角“｛”“｝”。',
      });
    }
  }
  return problems;
}
