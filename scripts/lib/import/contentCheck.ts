/**
 * The fifth step of an import: the content as a whole, as the build will check it once the planned
 * files are written. A planned file that breaks a cross-reference (e.g. a duplicate id) is taken
 * out of the plan, and its row or route rejected with the reason. Every file is read as Astro
 * reads it, so a value Astro would read differently from the sheet's text is caught here.
 */
import { type CollectionName, type ContentFile, checkContent } from '../../../src/lib/content/contentIssues';
import { readFrontmatter } from '../../../src/lib/content/frontmatter';
import { type ExistingFile, type PlannedTexts, problemLine, type RouteResult, type RowResult } from './importPlan';

/** Checks the content with `texts` written; rejects and drops the planned files that break it. */
export function checkPlannedContent(
  texts: PlannedTexts,
  results: (RowResult | RouteResult)[],
  existing: Record<CollectionName, ExistingFile[]>,
  contentDir: string,
): void {
  const after = (collection: CollectionName): ContentFile[] => {
    const files = new Map(existing[collection].map((f) => [f.file, f.text]));
    for (const [file, text] of texts) {
      if (file.startsWith(`${contentDir}/${collection}/`)) files.set(file, text);
    }
    // As Astro will read them: what passes here is what the build accepts.
    return [...files].map(([file, text]) => {
      const { data, error } = readFrontmatter(text);
      return { file, data, ...(error !== undefined ? { parseError: error } : {}) };
    });
  };
  const problems = checkContent({ units: after('units'), stories: after('stories'), routes: after('routes') });
  for (const p of problems.filter((p) => texts.has(p.file))) {
    const target = results.find((r) => r.file === p.file && r.outcome !== 'rejected');
    if (target) {
      target.outcome = 'rejected';
      target.reasons = [...(target.reasons ?? []), problemLine(p)];
      texts.delete(p.file);
    }
  }
}
