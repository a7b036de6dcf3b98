/**
 * Reading one cell of an import sheet as editors type it: numbers with full-width digits or a
 * degree sign, lists separated by either semicolon or line breaks, and vocabulary terms by their
 * value, slug, label or an unambiguous start.
 */

/** Full-width and spacing variants read the same. */
function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * The term a cell names: exactly by its value, slug or label, or by the start of its value when
 * that is at least two characters long and fits one term only.
 */
export function matchTerm(
  terms: readonly { value: string; slug: string; label: string }[],
  text: string,
): string | undefined {
  const t = normaliseLabel(text);
  const exact = terms.find((term) => [term.value, term.slug, term.label].some((v) => normaliseLabel(v) === t));
  if (exact) return exact.value;
  const prefix = terms.filter((term) => normaliseLabel(term.value).startsWith(t));
  return t.length >= 2 && prefix.length === 1 ? prefix[0]?.value : undefined;
}

/** A decimal number (`109.88`, `４０.６`, `40.6°`), or undefined. */
export function parseNumber(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/°$/, '');
  return /^[+-]?\d+(?:\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** A whole number, or undefined. */
export function parseWhole(text: string): number | undefined {
  const n = parseNumber(text);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

/** The items of a list cell: separated by `;`, `；` or line breaks; empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
