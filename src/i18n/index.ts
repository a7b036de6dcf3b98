/**
 * `t()` reads the zh-CN dictionary and fills `{name}` placeholders.
 *
 * Shared by pages (build time) and, through `data-*` attributes, client scripts.
 */
import { type TranslationKey, zhCN } from './zh-CN';

export type { TranslationKey };

export function t(key: TranslationKey, vars: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (match, name: string) => (name in vars ? String(vars[name]) : match));
}
