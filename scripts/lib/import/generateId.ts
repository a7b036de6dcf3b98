/**
 * Ids for units and routes the import creates: readable pinyin of the name, so that the page
 * address says what it is, and never one that is already taken.
 */
import { pinyin } from 'pinyin-pro';

/** The pinyin of a name as lower-case ASCII syllables, for ids. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
}

/** A readable id from a prefix and a name: `baotou-qingshanqutuanjieguangchang`, at most 60 characters. */
export function generateId(prefix: string, name: string): string {
  let body = '';
  for (const s of syllables(name)) {
    if (body.length + s.length > 48) break;
    body += s;
  }
  return [prefix, body || 'x'].filter(Boolean).join('-');
}

/** {@link generateId}, with `-2`, `-3` … appended while the id is in `used`; the id is then added to `used`. */
export function freshId(prefix: string, name: string, used: Set<string>): string {
  const base = generateId(prefix, name);
  let id = base;
  for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
  used.add(id);
  return id;
}
