/**
 * `<mz-offline-save>`: "保存离线使用" on route pages. Shown only where service workers exist; on
 * click it installs public/sw.js and asks it to keep the pages and files listed in `data-urls`
 * (src/lib/plan/offline.ts) for the route in `data-route`, then says whether that worked. The
 * list of routes saved on this device (offlineList.ts) loads once the page has settled.
 * Strings in `data-strings`.
 */
import type { ListStrings, SavedRoutesList } from './offlineList';

interface Strings extends ListStrings {
  saving: string;
  saved: string;
  failed: string;
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

class OfflineSaveElement extends HTMLElement {
  private list?: Promise<SavedRoutesList>;

  connectedCallback() {
    const wrap = this.querySelector<HTMLElement>('[data-offline]');
    const button = this.querySelector<HTMLButtonElement>('button[data-save]');
    const status = this.querySelector<HTMLElement>('[role="status"]');
    if (!wrap || !button || !status || !('serviceWorker' in navigator)) return;
    const urls = JSON.parse(this.dataset.urls ?? '[]') as string[];
    const route = JSON.parse(this.dataset.route ?? '{}') as { id: string; name: string; path: string };
    const strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const savedList = () =>
      (this.list ??= import('./offlineList').then(
        ({ SavedRoutesList }) => new SavedRoutesList(this, strings, route.id),
      ));
    wrap.hidden = false;
    void savedList().then((list) => list.refresh());
    button.addEventListener('click', async () => {
      button.disabled = true;
      status.textContent = strings.saving;
      try {
        await navigator.serviceWorker.register(this.dataset.worker ?? '/sw.js', { scope: '/' });
        const registration = await navigator.serviceWorker.ready;
        if (!registration.active) throw new Error('no active service worker');
        const reply = await askWorker(registration.active, { route, urls });
        if (!reply.ok) throw new Error(reply.error);
        status.textContent = strings.saved;
      } catch (error) {
        console.warn('offline save failed', error);
        status.textContent = strings.failed;
      } finally {
        button.disabled = false;
        await (await savedList()).refresh();
      }
    });
  }
}

if (!customElements.get('mz-offline-save')) customElements.define('mz-offline-save', OfflineSaveElement);
