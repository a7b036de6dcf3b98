/**
 * Creates a new, unfilled content file with every field explained in comments:
 *
 *   npm run new -- unit bt-some-community
 *   npm run new -- story            (id defaults to new-story-YYYYMMDD)
 *
 * Refuses to overwrite an existing file. The placeholders fail the content checks until they are
 * filled, so a half-written file is never published.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { idSchema } from '../src/schemas/common';
import { SCAFFOLD_FOLDER, SCAFFOLD_KINDS, type ScaffoldKind, scaffold } from './lib/scaffold/scaffold';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = `用法：npm run new -- story|unit|route [id]

  id 是网页地址用的编号（小写字母、数字、连字符），如 bt-tuanjie-square；省略时用 new-<类型>-<日期>，之后可改名。
  文件写到 ${process.env.CONTENT_DIR ?? 'content'}/<stories|units|routes>/<id>.mdx；已有同名文件时不会覆盖。`;

function fail(message: string): never {
  console.error(`new：${message}\n\n${USAGE}`);
  process.exit(2);
}

const [kind, givenId, ...rest] = process.argv.slice(2);
if (kind === '-h' || kind === '--help') {
  console.log(USAGE);
  process.exit(0);
}
if (!kind || !(SCAFFOLD_KINDS as readonly string[]).includes(kind))
  fail(`第一个参数应是 story、unit 或 route，收到“${kind ?? ''}”。`);
if (rest.length > 0) fail(`多余的参数：${rest.join(' ')}。`);
const today = new Date().toISOString().slice(0, 10);
const id = givenId ?? `new-${kind}-${today.replaceAll('-', '')}`;
if (!idSchema.safeParse(id).success)
  fail(`id “${id}” 不合规：只能用小写字母、数字和单个连字符，如 bt-tuanjie-square。`);
const contentDir = process.env.CONTENT_DIR ?? 'content';
const dir = join(ROOT, contentDir, SCAFFOLD_FOLDER[kind as ScaffoldKind]);
const path = join(dir, `${id}.mdx`);
if (existsSync(path)) fail(`${relative(ROOT, path)} 已经存在，没有覆盖。换一个 id，或直接编辑这个文件。`);
mkdirSync(dir, { recursive: true });
writeFileSync(path, scaffold(kind as ScaffoldKind, id, today), { flag: 'wx' });
console.log(
  `已新建 ${relative(ROOT, path)}。\n按注释填写所有 "" 和“待填写”的字段，再运行 npm run dev 预览；没填完时构建会报告这个文件。`,
);
