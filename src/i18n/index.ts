/** `t()`: the zh-CN dictionary with its `{name}` placeholders filled. */
import { fill } from '../lib/text';
import { type TranslationKey, zhCN } from './zh-CN';

export type { TranslationKey };

/** The text of `key`, with `{name}` placeholders filled from `vars`; unknown placeholders stay. */
export function t(key: TranslationKey, vars: Record<string, string | number> = {}): string {
  return fill(zhCN[key], vars);
}
