/**
 * Elder mode (长者模式): large text, AAA contrast and no motion, after the MIIT's design rules for
 * elder-friendly websites (互联网网站适老化通用设计规范, 2021). The styles are in
 * src/styles/global.css under `:root[data-mode='elder']`; this module holds the names and the
 * script that chooses the mode. BaseLayout puts {@link ELDER_MODE_SCRIPT} inline in every page's
 * head, so the mode is set before the first paint (the build hashes it into the CSP); the header's
 * switch, src/scripts/elderToggle.ts, imports the names. Browser-safe.
 */

/** localStorage key holding the reader's choice, `elder` or `standard` (a JavaScript name). */
export const MODE_STORAGE_KEY = 'mzMode';

/** Query parameter of the link form: `?mode=elder`, `?mode=standard`. */
export const MODE_PARAM = 'mode';

/**
 * Fragment of the no-script form: `<html id="elder">` is the target of `#elder`, and
 * `:root:target` applies elder mode to that page where no script sets `data-mode`.
 */
export const ELDER_FRAGMENT = 'elder';

/** The two modes, as stored and as the root element's `data-mode`. */
export type SiteMode = 'elder' | 'standard';

/**
 * Sets `data-mode` on the root element to `elder` or `standard` before the first paint:
 *
 * - `?mode=elder` / `?mode=standard` choose and store the mode, and are taken out of the address,
 *   so that they neither reach other scripts nor come back on reload (the planner's own `mode`, a
 *   travel mode, may stand beside them and is left alone);
 * - otherwise the stored choice applies (standard when there is none, or storage is refused).
 *
 * Once `data-mode` is set, the `#elder` fragment (the no-script form) no longer counts. The
 * header's switch (src/scripts/elderToggle.ts) arrives later, with the page's modules.
 * Hand-minified: it is inline in every page, within the story page's 14 KB. Names: u address,
 * p its query, q the mode it chooses, m elder?
 */
export const ELDER_MODE_SCRIPT = `(()=>{let u=new URL(location),p=u.searchParams,\
q=p.getAll("${MODE_PARAM}").find(v=>v=="elder"||v=="standard"),m=q=="elder";\
try{q?(p.delete("${MODE_PARAM}",q),history.replaceState(history.state,"",u),localStorage.${MODE_STORAGE_KEY}=q):\
m=localStorage.${MODE_STORAGE_KEY}=="elder"}catch{}document.documentElement.dataset.mode=m?"elder":"standard"})()`;
