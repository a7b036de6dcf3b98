/**
 * Writes an import's files all or nothing. Each file is first written beside its target under a
 * temporary name; only when every one is written are they renamed into place. A failure before
 * that removes the temporary files; a failure while renaming puts back the files already
 * replaced (and removes those that were new). Either way the content is as it was, and the error
 * says in one line which file failed and why.
 */
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';

/** The file operations used, so that a test can make one of them fail. */
export interface FileOps {
  writeFileSync(path: string, text: string): void;
  renameSync(from: string, to: string): void;
}

/** Thrown when the files could not be written; its message is one line for the editor. */
export class WriteError extends Error {
  override name = 'WriteError';
}

const reason = (error: unknown) =>
  (error as { code?: string }).code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Writes `writes` (paths relative to `root`) all or nothing; throws a {@link WriteError}. */
export function writeAll(root: string, writes: readonly { file: string; text: string }[], ops: FileOps = fs): void {
  const stamp = `.import-${process.pid}-${Date.now()}.tmp`;
  const planned = writes.map(({ file, text }) => {
    const target = join(root, file);
    const before = fs.statSync(target, { throwIfNoEntry: false })?.isFile() ? fs.readFileSync(target) : undefined;
    return { file, text, target, temp: `${target}${stamp}`, before };
  });
  const createdDirs: string[] = [];
  const written: string[] = [];
  const removeTemps = () => {
    for (const temp of written) fs.rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) fs.rmSync(dir, { recursive: true, force: true });
  };
  for (const p of planned) {
    try {
      const created = fs.mkdirSync(dirname(p.target), { recursive: true });
      if (created) createdDirs.push(created);
      written.push(p.temp);
      ops.writeFileSync(p.temp, p.text);
    } catch (error) {
      removeTemps();
      throw new WriteError(`写入 ${p.file} 失败（${reason(error)}），没有写入任何文件，内容保持原样。`);
    }
  }
  const renamed: typeof planned = [];
  for (const p of planned) {
    try {
      ops.renameSync(p.temp, p.target);
      renamed.push(p);
    } catch (error) {
      // Put back what was already replaced, newest first.
      for (const done of renamed.reverse()) {
        if (done.before) fs.writeFileSync(done.target, done.before);
        else fs.rmSync(done.target, { force: true });
      }
      removeTemps();
      throw new WriteError(`写入 ${p.file} 失败（${reason(error)}），已撤销本次写入，内容保持原样。`);
    }
  }
}
