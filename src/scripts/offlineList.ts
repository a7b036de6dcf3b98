/**
 * The list of routes saved on this device, under the "保存离线使用" button (offlineSave.ts loads
 * this module when the page has settled). It reads the saved routes' caches directly (Cache API),
 * newest first, and removes one on request; when the last is removed, the offline worker is
 * unregistered too, so the site is as it was before anything was saved. Route names come from the
 * caches and are set as text, never as markup.
 */
import {
  OFFLINE_CURRENT_PREFIX,
  OFFLINE_META_PATH,
  offlineCacheName,
  type SavedRoute,
  savedRouteOf,
} from '../lib/plan/offline';
import { fill } from '../lib/text';

/** The list's strings, from the element's `data-strings`. */
export interface ListStrings {
  save: string;
  update: string;
  remove: string;
  removeLabel: string;
  removed: string;
  removeFailed: string;
  savedOn: string;
}

/** The routes saved on this device, newest first. */
async function savedRoutes(): Promise<SavedRoute[]> {
  if (!('caches' in window)) return [];
  const routes: SavedRoute[] = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith(OFFLINE_CURRENT_PREFIX)) continue;
    const entry = await (await caches.open(name)).match(OFFLINE_META_PATH);
    const route = savedRouteOf(await entry?.json().catch(() => undefined));
    if (route && offlineCacheName(route.id) === name) routes.push(route);
  }
  return routes.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

const dateOf = (iso: string) =>
  new Date(iso).toLocaleString('zh-CN', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** The list inside one `<mz-offline-save>` element. */
export class SavedRoutesList {
  constructor(
    private readonly root: HTMLElement,
    private readonly strings: ListStrings,
    private readonly routeId: string,
  ) {}

  /** Fills the list; hides it when nothing is saved; names the button after this route's state. */
  async refresh(): Promise<void> {
    const section = this.root.querySelector<HTMLElement>('[data-saved]');
    const list = section?.querySelector('ul');
    const button = this.root.querySelector<HTMLButtonElement>('button[data-save]');
    if (!section || !list || !button) return;
    const routes = await savedRoutes().catch(() => []);
    list.replaceChildren(...routes.map((route) => this.item(route)));
    section.hidden = routes.length === 0;
    button.textContent = routes.some((route) => route.id === this.routeId) ? this.strings.update : this.strings.save;
  }

  private item(route: SavedRoute): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'flex flex-wrap items-center gap-x-3 gap-y-1';
    const link = document.createElement('a');
    link.href = route.path;
    link.textContent = route.name;
    const when = document.createElement('span');
    when.className = 'text-sm text-muted';
    when.textContent = fill(this.strings.savedOn, { date: dateOf(route.savedAt), count: route.count });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'min-h-11 rounded border border-line px-3 text-sm';
    remove.textContent = this.strings.remove;
    remove.setAttribute('aria-label', fill(this.strings.removeLabel, { name: route.name }));
    remove.addEventListener('click', () => void this.removeRoute(route));
    item.append(link, when, remove);
    return item;
  }

  private async removeRoute(route: SavedRoute) {
    const status = this.root.querySelector<HTMLElement>('[role="status"]');
    try {
      await caches.delete(offlineCacheName(route.id));
      if ((await savedRoutes()).length === 0) {
        const registration = await navigator.serviceWorker.getRegistration('/');
        await registration?.unregister();
      }
      if (status) status.textContent = fill(this.strings.removed, { name: route.name });
    } catch (error) {
      console.warn('offline remove failed', error);
      if (status) status.textContent = this.strings.removeFailed;
    }
    await this.refresh();
    this.root.querySelector<HTMLButtonElement>('button[data-save]')?.focus();
  }
}
