/**
 * The notice a page shows when its URL holds values it does not recognise. Whatever the URL says
 * reaches the reader only as a short, cleaned quotation: a crafted link cannot make the site
 * display a message of its own ("this site has moved, call …") or a page-long notice.
 */
import { fill } from '../text';

/** Characters of one unrecognised value the notice repeats; the rest becomes “…”. */
export const NOTICE_VALUE_LIMIT = 20;

/** Distinct values a notice names at most. */
export const NOTICE_VALUES_MAX = 5;

/** Control and format characters (line breaks, bidi overrides, zero-width marks) are dropped. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** One value as a notice may quote it: invisible characters dropped, spaces folded, cut to the limit. */
export function noticeValue(value: string): string {
  const clean = value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > NOTICE_VALUE_LIMIT ? `${chars.slice(0, NOTICE_VALUE_LIMIT).join('')}…` : clean;
}

/**
 * The text of the notice: `template` (with `{value}`) filled for each distinct value, at most
 * NOTICE_VALUES_MAX of them; empty when there is nothing to say.
 */
export function invalidNotice(values: readonly string[], template: string): string {
  const shown = [...new Set(values.map(noticeValue))].slice(0, NOTICE_VALUES_MAX);
  return shown.map((value) => fill(template, { value })).join(' ');
}
