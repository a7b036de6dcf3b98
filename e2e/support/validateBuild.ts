/**
 * HTML validation of a build with html-validate: every `.html` file the build wrote, against
 * `html-validate:recommended`, with only the exceptions Astro's own output needs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { type ConfigData, HtmlValidate } from 'html-validate';
import { ROOT } from './content';
import { sitemapPaths, unlistedPaths } from './sitemap';

const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's Markdown processor slugs heading ids from the Chinese heading text, so an id may
    // start with a digit (`134工作法…`); HTML allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
  },
};

/** Paths, relative to the project root, of every HTML file under `outDir`. */
export function builtPages(outDir: string): string[] {
  const dir = join(ROOT, outDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => relative(ROOT, join(dir, name)));
}

/** One line per problem: `dist/units/index.html:1:6320  wcag/h32  <form> element must have a submit button`. */
export async function validateBuild(files: string[]): Promise<string[]> {
  const validator = new HtmlValidate(config);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(ROOT, file), 'utf8'), file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push(`${file}:${message.line}:${message.column}  ${message.ruleId}  ${message.message}`);
      }
    }
  }
  return problems;
}

/** The URL path a built file is served at: `dist/units/index.html` → `/units/`. */
export function servedPath(file: string, outDir: string): string {
  return `/${relative(outDir, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
}

/**
 * Registers, in the calling spec file, the checks every build gets: all its HTML is valid, and its
 * sitemap lists every page it built but the embed and press pages, which the axe sweep adds from
 * the sitemap's stories, units and routes (so it misses none).
 */
export function defineBuildChecks(outDir: string, buildCommand: string): void {
  test(`every page built into ${outDir}/ is valid HTML`, async () => {
    const files = builtPages(outDir);
    expect(files.length, `HTML files in ${outDir}/ (run ${buildCommand} first)`).toBeGreaterThan(0);
    const problems = await validateBuild(files);
    expect(problems, `${problems.length} HTML problem(s):\n${problems.join('\n')}\n`).toEqual([]);
  });

  test(`the sitemap of ${outDir}/ lists every built page except the 404, embed and press pages`, async ({
    request,
  }) => {
    const built = builtPages(outDir)
      .filter((file) => !file.endsWith('/404.html'))
      .map((file) => servedPath(file, outDir));
    const listed = await sitemapPaths(request);
    expect(listed.filter((path) => path.startsWith('/embed/') || path.endsWith('/press/'))).toEqual([]);
    // The sweeps add the unlisted pages themselves (see allPagePaths): together, every built page.
    expect([...listed, ...unlistedPaths(listed)].sort()).toEqual(built.sort());
  });
}
