/**
 * `<mz-point-map>`: the small always-loaded part of the map. It reads the map data from its
 * `<script type="application/json">`, and only when the element comes near the viewport (or a
 * "show on map" button is pressed) imports the Leaflet view, which upgrades the server-rendered
 * lists around it. Leaflet's stylesheet (`data-leaflet-css`, its address) and the view load side
 * by side. Keep this file small: it is the JavaScript budget of pages with a map.
 */
import type { MapRoute } from '../lib/map/mapTypes';
import type { MapController } from './pointMapView';

type Pending = { ids: Set<string> | null; route: string | MapRoute | null };

/** `<mz-point-map>`; the map filter and the planner call its methods. */
export class PointMapElement extends HTMLElement {
  #controller?: Promise<MapController>;
  #pending: Pending = { ids: null, route: null };

  connectedCallback() {
    const canvas = this.querySelector<HTMLElement>('[data-map-canvas]');
    if (!canvas || this.#controller) return;
    this.#pending.route = this.dataset.route ?? null;
    if (!('IntersectionObserver' in window)) {
      void this.load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          void this.load();
        }
      },
      { rootMargin: '200px' },
    );
    observer.observe(this);
  }

  /** Loads Leaflet and draws the map (once). */
  load(): Promise<MapController> {
    if (this.#controller) return this.#controller;
    // Leaflet's stylesheet; the map still works if it fails. Each map links it: no page has two,
    // and a second link would be served from the browser's cache.
    const href = this.dataset.leafletCss;
    const css =
      href &&
      new Promise((done) => {
        const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
        link.onload = link.onerror = done;
        document.head.append(link);
      });
    this.#controller = Promise.all([import('./pointMapView'), css]).then(([{ drawMap }]) =>
      drawMap(this, () => this.#pending),
    );
    return this.#controller;
  }

  /** Shows only the units in `ids` (all when null), and draws `route` (an id, or a plan) when given. */
  filter(ids: Set<string> | null, route: string | MapRoute | null) {
    this.#pending = { ids, route };
    if (this.#controller) void this.#controller.then((c) => c.filter(ids, route));
  }

  /** Pans to a unit's marker and focuses it, loading the map first if need be. */
  async show(id: string) {
    this.scrollIntoView({ block: 'nearest' });
    (await this.load()).focusUnit(id);
  }
}

if (!customElements.get('mz-point-map')) customElements.define('mz-point-map', PointMapElement);

// "Show on map" buttons anywhere on the page: `<button data-show-on-map="unit-id" data-map="map-id" data-needs-script>`.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-show-on-map]')) {
  button.addEventListener('click', () => {
    const map = document.getElementById(button.dataset.map ?? '');
    if (map instanceof PointMapElement) void map.show(button.dataset.showOnMap ?? '');
  });
}
