/**
 * Shows how much of a retold story still stands word for word in its original article, before it
 * is published. See “改写与原文比对” in docs/内容编辑指南.md.
 *
 *   npm run overlap -- content/stories/some-story.mdx 原文.txt
 *   npm run overlap -- content/stories/some-story.mdx 原文.txt --max-run 25 --max-share 0.3
 *
 * Exits 1 when the longest shared run or the body's share of shared runs is over its limit.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readFrontmatter, splitFrontmatter } from '../src/lib/content/frontmatter';
import { decodeCsv } from './lib/import/sheetRead';
import { overlapWith, type OverlapReport } from './lib/overlap';

const USAGE = `用法：npm run overlap -- <故事.mdx> <原文.txt> [选项]

  比较改写稿与原文：去掉空格和标点后，找出两者共有的连续文字（“”《》‘’ 内的引文不计）。
  原文为纯文本，UTF-8 或 GB18030 编码均可。

  --max-run N     允许的最长共有文字，超过即不通过（默认 20 字）
  --max-share X   正文中落在共有片段（至少 --min-run 字）里的比例上限（默认 0.2，即 20%）
  --min-run N     计入比例的最短共有片段（默认 12 字）
  --top N         列出最长的几段共有文字（默认 10）`;

function fail(message: string): never {
  console.error(`overlap：${message}\n\n${USAGE}`);
  process.exit(2);
}

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) fail(`${name} 应是正数，收到“${value}”。`);
  return number;
}

function readOptions() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        'max-run': { type: 'string' },
        'max-share': { type: 'string' },
        'min-run': { type: 'string' },
        top: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (positionals.length !== 2) fail('请给出改写稿（.mdx）和原文（.txt）两个文件。');
    const maxShare = positiveNumber('--max-share', values['max-share'], 0.2);
    if (maxShare > 1) fail(`--max-share 是 0 到 1 之间的比例，收到“${values['max-share']}”。`);
    const [story = '', original = ''] = positionals;
    return {
      story,
      original,
      maxRun: Math.floor(positiveNumber('--max-run', values['max-run'], 20)),
      maxShare,
      minRun: Math.floor(positiveNumber('--min-run', values['min-run'], 12)),
      top: Math.floor(positiveNumber('--top', values.top, 10)),
    };
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

function read(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch {
    fail(`读不到文件 ${path}。`);
  }
}

/** Title, summary and body of a story file; a file without frontmatter is all body. */
function storyParts(path: string): { heading: string; body: string } {
  const source = new TextDecoder().decode(read(path));
  const block = splitFrontmatter(source);
  if (!block) return { heading: '', body: source.replace(/^\uFEFF/, '') };
  const frontmatter = readFrontmatter(source);
  if (frontmatter.error !== undefined) fail(`${path}：${frontmatter.error}`);
  const data = frontmatter.data as Record<string, unknown>;
  const heading = [data.title, data.summary].filter((v) => typeof v === 'string').join('\n');
  // Link targets are addresses, not prose.
  return { heading, body: block.body.replace(/\]\([^)]*\)/g, ']') };
}

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;

const options = readOptions();
const { heading, body } = storyParts(options.story);
const compare = overlapWith(decodeCsv(read(options.original)).text);
const bodyReport: OverlapReport = compare(body, { minRun: options.minRun, top: options.top });
const headingReport = compare(heading, { minRun: options.minRun, top: options.top });
const longest = [...bodyReport.longest, ...headingReport.longest]
  .sort((a, b) => b.length - a.length)
  .slice(0, options.top);
const longestRun = longest[0]?.length ?? 0;

console.log(`${options.story} 对照 ${options.original}`);
console.log(
  `正文计入 ${bodyReport.measured} 字（引文不计），其中 ${bodyReport.inSharedRuns} 字落在 ≥${options.minRun} 字的共有片段里：${percent(bodyReport.share)}（上限 ${percent(options.maxShare)}）`,
);
console.log(`最长共有片段 ${longestRun} 字（上限 ${options.maxRun} 字）${longest.length ? '：' : ''}`);
for (const run of longest) console.log(`  ${String(run.length).padStart(3)}  ${run.text}`);

const problems: string[] = [];
if (longestRun > options.maxRun) problems.push(`有 ${longestRun} 字的片段与原文相同，超过 ${options.maxRun} 字`);
if (bodyReport.share > options.maxShare)
  problems.push(`正文 ${percent(bodyReport.share)} 与原文相同，超过 ${percent(options.maxShare)}`);
if (problems.length > 0) {
  console.log(
    `\n不通过：${problems.join('；')}。请用自己的话重写上面列出的句子：换结构、换顺序，名称和数字可以保留，口号和文件名放进“”或《》。`,
  );
  process.exit(1);
}
console.log('\n通过。');
