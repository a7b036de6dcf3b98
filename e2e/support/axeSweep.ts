/**
 * The accessibility sweep: axe-core on every page of the sitemap, the embed and press pages it
 * leaves out, and the 404 page, in a few
 * shards so that both workers share a build's pages. Each shard reuses one browser page and
 * reports every violation it finds, with page, rule and element.
 */
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { interceptTiles, settleMaps } from './map';
import { allPagePaths, MISSING_PATH } from './sitemap';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules of those levels that axe marks experimental and leaves out unless asked: label in name
 * (WCAG 2.5.3), which map markers with a visible "约" once failed.
 */
export const AXE_EXPERIMENTAL_RULES = { 'label-content-name-mismatch': { enabled: true } };

/** The source of the axe-core that AxeBuilder itself uses, so the preloaded copy is the same version. */
const load = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const { source: AXE_SOURCE } = load('axe-core') as { source: string };

/** Given to AxeBuilder as its axe source: axe-core is already in the page, see {@link preloadAxe}. */
const AXE_ALREADY_LOADED = "if (!window.axe) throw new Error('axe-core is not loaded: call preloadAxe(page) first');";

/**
 * Loads axe-core into every document the page opens. AxeBuilder would otherwise send and compile
 * its 0.5 MB source twice per analysis, a third of the sweep's time.
 */
export async function preloadAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: AXE_SOURCE });
}

/**
 * Map markers may overlap where places lie close together at the map's zoom, which axe reports
 * as `target-size`. WCAG 2.5.8 exempts a target whose function is also offered by a control
 * that meets the size: every marker's unit has a link and an "在地图上显示" button in the list
 * beside the map (or the stop list on route pages). Every other rule still applies to markers.
 */
const markerTargetSize = (rule: string, html: string) =>
  rule === 'target-size' && /^<div[^>]*class="[^"]*\bleaflet-marker-icon\b/.test(html);

/** One line per violated rule and element: `/units/  color-contrast (serious): … → .badge`. */
export async function axeViolations(page: Page, path: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource: AXE_ALREADY_LOADED })
    .withTags(AXE_TAGS)
    // Only violations are reported; skipping the details of passing nodes saves time.
    .options({
      runOnly: { type: 'tag', values: AXE_TAGS },
      rules: AXE_EXPERIMENTAL_RULES,
      resultTypes: ['violations'],
    })
    // The default mode opens a blank page per analysis to merge results across frames, another
    // large share of the time. The pages have no cross-origin frames (legacy mode skips those):
    // the share panel's embed preview is same-origin and only appears on request, and the embed
    // pages are checked as pages of their own. Revisit if third-party embeds arrive.
    .setLegacyMode()
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes
      .filter((node) => !markerTargetSize(violation.id, node.html))
      .map(
        (node) =>
          `${path}  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} → ${node.target.join(' ')}`,
      ),
  );
}

/**
 * Violations of axe's AAA contrast rule (`color-contrast-enhanced`, 7:1 for text, 4.5:1 for large
 * text), in the same form as {@link axeViolations}. Elder mode is held to it.
 */
export async function enhancedContrastViolations(page: Page, path: string): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page, axeSource: AXE_ALREADY_LOADED })
    // Given in options, as runOnly: options replace what withRules would set.
    .options({ runOnly: { type: 'rule', values: ['color-contrast-enhanced'] }, resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${path}  ${violation.id}: ${node.failureSummary ?? ''} → ${node.target.join(' ')}`),
  );
}

const failureMessage = (problems: string[]) => `${problems.length} accessibility problem(s):\n${problems.join('\n')}\n`;

/**
 * Registers the sweep's tests in the calling spec file: every page, or those `sweep` keeps (a
 * generated data set repeats one template many times over).
 */
export function defineAxeSweep({
  shards = 4,
  sweep = () => true,
}: { shards?: number; sweep?: (path: string) => boolean } = {}): void {
  for (let shard = 0; shard < shards; shard++) {
    test(`axe: sitemap pages, part ${shard + 1} of ${shards}`, async ({ page, request }) => {
      const paths = (await allPagePaths(request)).filter(sweep).filter((_, i) => i % shards === shard);
      // About a second per page on a quiet machine; room for a busy one.
      test.setTimeout(60_000 + paths.length * 3_000);
      await preloadAxe(page);
      await interceptTiles(page);
      const problems: string[] = [];
      for (const path of paths) {
        const response = await page.goto(path);
        if (response?.status() !== 200) {
          problems.push(`${path}  HTTP ${response?.status() ?? 'no response'}`);
          continue;
        }
        // Maps are drawn when scrolled into view: check them as drawn, markers and controls included.
        await settleMaps(page);
        problems.push(...(await axeViolations(page, path)));
      }
      expect(problems, failureMessage(problems)).toEqual([]);
    });
  }

  test('axe: 404 page', async ({ page }) => {
    await preloadAxe(page);
    const response = await page.goto(MISSING_PATH);
    expect(response?.status()).toBe(404);
    const problems = await axeViolations(page, MISSING_PATH);
    expect(problems, failureMessage(problems)).toEqual([]);
  });
}
