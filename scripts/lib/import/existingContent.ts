/**
 * The existing units and routes as the import looks them up: each file with its data, units by
 * id and by every name they go by, and the ids already taken.
 */
import { type Data, readData } from './fileText';
import type { ExistingFile } from './importPlan';

/** An existing file and its frontmatter data (undefined when the file cannot be read). */
export interface KnownFile extends ExistingFile {
  data: Data | undefined;
}

/** The existing content, indexed. */
export interface ExistingContent {
  routes: KnownFile[];
  unitById: Map<string, KnownFile>;
  /** A unit's id by its name or one of its aliases; the first unit to use a name keeps it. */
  unitIdByName: Map<string, string>;
  /** Ids of existing routes. */
  routeIds: Set<string>;
}

/** Reads the data of the existing units and routes and indexes them. */
export function indexExisting(existing: { units: ExistingFile[]; routes: ExistingFile[] }): ExistingContent {
  const units = existing.units.map((f) => ({ ...f, data: readData(f.text) }));
  const routes = existing.routes.map((f) => ({ ...f, data: readData(f.text) }));
  const unitById = new Map(units.filter((u) => typeof u.data?.id === 'string').map((u) => [u.data?.id as string, u]));
  const unitIdByName = new Map<string, string>();
  for (const u of units) {
    const id = u.data?.id;
    if (typeof id !== 'string') continue;
    const names = [u.data?.name, ...(Array.isArray(u.data?.aliases) ? u.data.aliases : [])];
    for (const n of names) if (typeof n === 'string' && !unitIdByName.has(n)) unitIdByName.set(n, id);
  }
  const routeIds = new Set(routes.map((r) => r.data?.id).filter((id): id is string => typeof id === 'string'));
  return { routes, unitById, unitIdByName, routeIds };
}
