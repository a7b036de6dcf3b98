/**
 * `<mz-offline-save>`: "保存离线使用" on route pages, and the list of routes saved on this device.
 * Shown only where service workers exist. Saving installs public/sw.js and asks it to keep the
 * pages and files listed in `data-urls` (src/lib/plan/offline.ts) for the route in `data-route`;
 * the list reads the saved routes' caches directly (Cache API) and removes one on request. When the
 * last saved route is removed, the worker is unregistered too: the site is as it was before saving.
 * Strings in `data-strings`; route names from the caches are set as text, never as markup.
 */
import {
  OFFLINE_CURRENT_PREFIX,
  OFFLINE_META_PATH,
  offlineCacheName,
  type SavedRoute,
  savedRouteOf,
} from '../lib/plan/offline';
import { fill } from '../lib/text';

interface Strings {
  saving: string;
  saved: string;
  failed: string;
  update: string;
  remove: string;
  removeLabel: string;
  removed: string;
  removeFailed: string;
  savedOn: string;
}

/** Time allowed for saving, on a slow connection. */
const SAVE_TIMEOUT_MS = 120_000;

function askWorker(worker: ServiceWorker, message: object): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('timed out')), SAVE_TIMEOUT_MS);
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean; error?: string }>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage({ type: 'mztj-save', ...message }, [channel.port2]);
  });
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

class OfflineSaveElement extends HTMLElement {
  private strings = {} as Strings;
  private routeId = '';

  connectedCallback() {
    const wrap = this.querySelector<HTMLElement>('[data-offline]');
    const button = this.querySelector<HTMLButtonElement>('button[data-save]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!wrap || !button || !status || !('serviceWorker' in navigator)) return;
    const urls = JSON.parse(this.dataset.urls ?? '[]') as string[];
    const route = JSON.parse(this.dataset.route ?? '{}') as { id: string; name: string; path: string };
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    this.routeId = route.id;
    wrap.hidden = false;
    void this.showSaved();
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = this.strings.saving;
      try {
        await navigator.serviceWorker.register(this.dataset.worker ?? '/sw.js', { scope: '/' });
        const registration = await navigator.serviceWorker.ready;
        if (!registration.active) throw new Error('no active service worker');
        const reply = await askWorker(registration.active, { route, urls });
        if (!reply.ok) throw new Error(reply.error);
        status.textContent = this.strings.saved;
      } catch (error) {
        console.warn('offline save failed', error);
        status.textContent = this.strings.failed;
      } finally {
        button.disabled = false;
        await this.showSaved();
      }
    });
  }

  /** Fills the list of saved routes; hides it when there are none. */
  private async showSaved() {
    const section = this.querySelector<HTMLElement>('[data-saved]');
    const list = section?.querySelector('ul');
    const button = this.querySelector<HTMLButtonElement>('button[data-save]');
    if (!section || !list || !button) return;
    const routes = await savedRoutes().catch(() => []);
    list.replaceChildren(...routes.map((route) => this.item(route)));
    section.hidden = routes.length === 0;
    const saved = routes.some((route) => route.id === this.routeId);
    button.textContent = saved ? this.strings.update : (button.dataset.label ?? button.textContent);
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
    const status = this.querySelector<HTMLElement>('[role="status"]');
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
    await this.showSaved();
    this.querySelector<HTMLButtonElement>('button[data-save]')?.focus();
  }
}

if (!customElements.get('mz-offline-save')) customElements.define('mz-offline-save', OfflineSaveElement);
