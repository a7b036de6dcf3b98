/**
 * The last step of an import: the report an editor reads, in Chinese. Counts first, then every
 * rejected row with its reasons (what to fix comes before what went well), then what is created,
 * updated and unchanged, the routes, and what to do next.
 */
import type { ImportPlan, Outcome } from './importPlan';

const count = (list: { outcome: Outcome }[], outcome: Outcome) => list.filter((r) => r.outcome === outcome).length;

/** The report of a plan; `written` says whether its files were written or it was a dry run. */
export function formatReport(plan: ImportPlan, options: { written: boolean }): string {
  const lines: string[] = [];
  const mode = options.written ? '导入' : '导入预演（没有写入任何文件）';
  lines.push(`${mode}：${plan.fileName}，${plan.dataRows} 行数据`);
  if (plan.fatal.length > 0) {
    lines.push('', '无法导入：', ...plan.fatal.map((f) => `  ${f}`));
    return `${lines.join('\n')}\n`;
  }
  const all = [...plan.units];
  lines.push(
    `单位：新建 ${count(all, 'created')}，更新 ${count(all, 'updated')}，不变 ${count(all, 'unchanged')}，拒绝 ${count(all, 'rejected')}`,
  );
  if (plan.routes.length > 0) {
    const r = plan.routes;
    lines.push(
      `线路：新建 ${count(r, 'created')}，更新 ${count(r, 'updated')}，不变 ${count(r, 'unchanged')}，拒绝 ${count(r, 'rejected')}`,
    );
  }
  if (plan.notices.length > 0) lines.push('', '提示：', ...plan.notices.map((n) => `  ${n}`));
  const section = (title: string, outcome: Outcome) => {
    const rows = plan.units.filter((u) => u.outcome === outcome);
    if (rows.length === 0) return;
    lines.push('', `${title}：`);
    for (const u of rows) {
      const change = u.changes ? `（改动：${u.changes.join('、')}）` : '';
      lines.push(`  第 ${u.row} 行 ${u.name}${u.file ? ` → ${u.file}` : ''}${change}`);
      for (const reason of u.reasons ?? []) lines.push(`    ${reason}`);
    }
  };
  section('拒绝', 'rejected');
  section('新建', 'created');
  section('更新', 'updated');
  section('不变', 'unchanged');
  if (plan.routes.length > 0) {
    lines.push('', '线路：');
    const words: Record<Outcome, string> = { created: '新建', updated: '更新', unchanged: '不变', rejected: '拒绝' };
    for (const r of plan.routes) {
      const detail = r.stops ? `，${r.stops} 站` : '';
      const change = r.changes ? `（改动：${r.changes.join('、')}）` : '';
      lines.push(
        `  ${words[r.outcome]} ${r.name}（第 ${r.rows.join('、')} 行${detail}）${r.file ? ` → ${r.file}` : ''}${change}`,
      );
      for (const reason of r.reasons ?? []) lines.push(`    ${reason}`);
    }
  }
  lines.push('');
  if (plan.routes.some((r) => r.outcome === 'created')) {
    lines.push('新建的线路主题记为“待补充”：写入后在文件里补写 theme 和介绍。');
  }
  if (plan.units.some((u) => u.outcome === 'created')) {
    lines.push('新建的单位还没有正文：写入后打开文件，在第二个 --- 下面用本站的话补写介绍。');
  }
  if (!options.written) {
    lines.push(
      plan.writes.length > 0
        ? `确认无误后加上 --write 重新运行，才会写入这 ${plan.writes.length} 个文件；被拒绝的行不会写入。`
        : '没有需要写入的文件。',
    );
  } else {
    lines.push(plan.writes.length > 0 ? `已写入 ${plan.writes.length} 个文件。` : '没有需要写入的文件。');
  }
  return `${lines.join('\n')}\n`;
}
