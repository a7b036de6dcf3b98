/**
 * The Leaflet map behind `<mz-point-map>`, imported only when the map is needed. One focusable
 * marker per located unit (status told by symbol and words as well as colour; approximate
 * locations drawn as a dashed circle of their radius and labelled), routes as numbered stops
 * joined by straight dashed lines. Keyboard: Tab to a marker, Enter opens its popup and moves
 * focus into it, Escape closes it and returns focus to the marker. The wheel zooms only once the
 * map has been clicked, or with Ctrl/⌘. No animation under `prefers-reduced-motion`.
 */
import L from 'leaflet';
import { formatPrecision } from '../lib/format';
import type { Basemap } from '../lib/map/basemap';
import type { MapPoint, MapRoute } from '../lib/map/mapTypes';
import { PATHS, unitPath } from '../lib/paths';
import { escapeHtml, fill } from '../lib/text';

/** What the map element asks of the drawn map. */
export interface MapController {
  /**
   * Shows only `ids` (all when null); draws a route, given by id or (for a plan) in full. Resolves
   * once every marker is drawn (`data-markers` on the host then counts them), or at once when a
   * later call has taken over.
   */
  filter(ids: Set<string> | null, route: string | MapRoute | null): Promise<void>;
  /** Pans to a unit's marker and focuses it. */
  focusUnit(id: string): void;
}

interface Strings {
  label: string;
  approximate: string;
  precise: string;
  stop: string;
  details: string;
  tilesFailed: string;
  noBasemap: string;
  zoomIn: string;
  zoomOut: string;
  close: string;
  routeLine: string;
  shown: string;
}

/** A transparent 1×1 PNG, drawn in place of a tile that failed to load. */
const BLANK_TILE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

/** A point with both coordinates (a unit without them is listed beside the map, not drawn). */
const located = (p: MapPoint): p is MapPoint & { lat: number; lng: number } =>
  p.lat !== undefined && p.lng !== undefined;

/**
 * Markers are drawn in slices of about this many milliseconds, each a task of its own, so that
 * the page answers input, and the tiles paint, while a large map fills in.
 */
const SLICE_MS = 10;

/** Lets the browser handle input and paint before the next slice of work. */
export function nextTask(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?(): Promise<void> } };
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

/** The units of a filter as one string, the same for the same units in any order; all when null. */
const idsKey = (ids: Set<string> | null): string => (ids ? `only:${[...ids].sort().join(',')}` : 'all');

/** Centre and zoom when nothing is located: Baotou. */
const FALLBACK_VIEW: [L.LatLngTuple, number] = [[40.65, 109.84], 10];

/**
 * Draws the map inside `host` in steps, each a task of its own, so that none holds the page up
 * for long: Leaflet's start-up (this module's), the map and its tile requests (sent when that task
 * ends), then the markers, in slices. `wanted` tells what to show, as it stands at each step.
 * Resolves once the markers are drawn.
 */
export async function drawMap(
  host: HTMLElement,
  wanted: () => { ids: Set<string> | null; route: string | MapRoute | null },
): Promise<MapController> {
  await nextTask();
  const controller = mountMap(host, wanted().ids);
  await nextTask();
  await controller.filter(wanted().ids, wanted().route);
  return controller;
}

/**
 * Draws the map inside `host` (a `<mz-point-map>`) from its data and strings, its view fitted to
 * the units in `ids` (all when null) and its tiles loading. The markers come with the first
 * `filter()`: the caller lets the tile requests go out first, in a task of their own.
 */
export function mountMap(host: HTMLElement, ids: Set<string> | null = null): MapController {
  const canvas = host.querySelector<HTMLElement>('[data-map-canvas]');
  const notice = host.querySelector<HTMLElement>('[data-map-notice]');
  const dataScript = host.querySelector('script[data-map-data]');
  if (!canvas || !dataScript) throw new Error('mz-point-map: missing [data-map-canvas] or map data');
  const strings = JSON.parse(host.dataset.strings ?? '{}') as Strings;
  const basemap = JSON.parse(host.dataset.basemap ?? '{"kind":"none","layers":[],"attribution":""}') as Basemap;
  const { points, routes } = JSON.parse(dataScript.textContent) as { points: MapPoint[]; routes: MapRoute[] };
  const highlight = host.dataset.highlight;
  // On the planner, popups offer "add to plan"; the planner listens for `mz-pick`.
  const pick = host.dataset.pick;
  if (pick) {
    canvas.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-pick-unit]');
      if (!button) return;
      host.dispatchEvent(new CustomEvent('mz-pick', { bubbles: true, detail: { unit: button.dataset.pickUnit } }));
      map.closePopup();
    });
  }
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const animate = !reduceMotion;

  const map = L.map(canvas, {
    zoomControl: false,
    scrollWheelZoom: false,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
    attributionControl: false,
  });
  L.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
  L.control
    .attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
    .addAttribution(basemap.attribution)
    .addTo(map);
  const container = map.getContainer();
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', strings.label);

  // One notice, shown once, whatever fails: the map stays usable without tiles.
  const say = (text: string) => {
    if (!notice || !notice.hidden) return;
    notice.textContent = text;
    notice.hidden = false;
  };
  if (basemap.layers.length === 0) say(strings.noBasemap);
  // The view comes from the data, not from the markers, so the tiles of the final view are asked
  // for first (none for a provisional one), while the markers are still to be drawn.
  let fittedTo: string | undefined;
  fitTo(ids);
  for (const layer of basemap.layers) {
    L.tileLayer(layer.url, {
      maxZoom: layer.maxZoom,
      ...(layer.subdomains ? { subdomains: layer.subdomains } : {}),
      errorTileUrl: BLANK_TILE,
    })
      .on('tileerror', () => say(strings.tilesFailed))
      .addTo(map);
  }

  // No scroll trap: the wheel scrolls the page until the map is engaged by a click.
  container.addEventListener('click', () => map.scrollWheelZoom.enable());
  container.addEventListener('mouseleave', () => map.scrollWheelZoom.disable());
  container.addEventListener(
    'wheel',
    (event) => {
      if (map.scrollWheelZoom.enabled() || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      map.setZoom(map.getZoom() + (event.deltaY < 0 ? 1 : -1), { animate });
    },
    { passive: false },
  );

  const byId = new Map(points.map((p) => [p.id, p]));
  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, L.Marker>();
  let lastMarker: L.Marker | undefined;

  function popupHtml(p: MapPoint, stop?: number): string {
    const where = p.approximate ? strings.approximate : strings.precise;
    return [
      `<h3 class="mz-popup-title">${stop ? `${escapeHtml(fill(strings.stop, { n: stop }))} ` : ''}${escapeHtml(p.name)}</h3>`,
      `<p><span aria-hidden="true">${p.symbol}</span> ${escapeHtml(p.statusLabel)}</p>`,
      `<p>${escapeHtml(where)}（${formatPrecision(p.precision ?? 0)}）</p>`,
      `<p><a href="${escapeHtml(unitPath(p.id))}">${escapeHtml(strings.details)}</a></p>`,
      pick
        ? `<p><button type="button" class="mz-pick" data-pick-unit="${escapeHtml(p.id)}">${escapeHtml(pick)}</button></p>`
        : '',
    ].join('');
  }

  function addPoint(p: MapPoint, stop?: number) {
    if (!located(p)) return;
    const latlng: L.LatLngTuple = [p.lat, p.lng];
    if (p.approximate && p.precision) {
      L.circle(latlng, {
        radius: p.precision,
        interactive: false,
        className: 'mz-area',
        color: '#5c524b',
        weight: 1.5,
        dashArray: '4 4',
        fillOpacity: 0.08,
      }).addTo(layer);
    }
    const classes = [
      'mz-pin',
      `mz-pin--${p.status}`,
      p.approximate ? 'mz-pin--approx' : '',
      stop ? 'mz-pin--stop' : '',
      p.id === highlight ? 'mz-pin--here' : '',
    ];
    const glyph = stop ? String(stop) : p.symbol;
    // An approximate pin's "约" is drawn by CSS (.mz-pin--approx::after): its accessible name says
    // 近似位置（约±…） in full, and holds all the pin's visible text (WCAG 2.5.3, label in name).
    const html = `<span class="${classes.join(' ')}">${glyph}</span>`;
    const marker = L.marker(latlng, {
      icon: L.divIcon({
        html,
        className: 'mz-pin-icon',
        iconSize: [30, 30],
        iconAnchor: [15, 15],
        popupAnchor: [0, -14],
      }),
      keyboard: true,
      riseOnHover: true,
    });
    marker.bindPopup(popupHtml(p, stop), { autoPanPadding: [24, 24] });
    marker.on('popupopen', (event) => {
      lastMarker = marker;
      const el = (event as L.PopupEvent).popup.getElement();
      el?.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', strings.close);
      el?.querySelector<HTMLElement>(`a[href^="${PATHS.units}"]`)?.focus();
    });
    marker.on('popupclose', () => {
      if (lastMarker === marker) marker.getElement()?.focus({ preventScroll: true });
    });
    marker.addTo(layer);
    const where = p.approximate ? `${strings.approximate}（${formatPrecision(p.precision ?? 0)}）` : strings.precise;
    marker
      .getElement()
      ?.setAttribute(
        'aria-label',
        `${stop ? `${fill(strings.stop, { n: stop })} ` : ''}${p.name}，${p.statusLabel}，${where}`,
      );
    markers.set(p.id, marker);
  }

  // Escape inside a popup closes it; popupclose returns focus to the marker.
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && map.hasLayer((lastMarker?.getPopup() ?? L.popup()) as L.Layer)) {
      event.stopPropagation();
      map.closePopup();
    }
  });

  /**
   * Sets the view to show the located units of `ids` (all when null): Baotou when there are none,
   * close in on a single one. The same units are not fitted twice in a row, so a view the reader
   * has moved stays where it is when only the route changes.
   */
  function fitTo(ids: Set<string> | null) {
    const key = idsKey(ids);
    if (key === fittedTo) return;
    fittedTo = key;
    const places = points.flatMap((p) => ((!ids || ids.has(p.id)) && located(p) ? [L.latLng(p.lat, p.lng)] : []));
    if (places.length === 0) map.setView(...FALLBACK_VIEW, { animate: false });
    else if (places.length === 1 && places[0]) map.setView(places[0], 14, { animate: false });
    else map.fitBounds(L.latLngBounds(places), { padding: [32, 32], maxZoom: 15, animate: false });
  }

  /** Counts drawings: a slice of drawing stops when a later one has started. */
  let drawing = 0;
  /** The drawing asked for last, by what it shows: asking for the same again returns it. */
  let drawn: { key: string; done: Promise<void> } | undefined;

  function filter(ids: Set<string> | null, routeOrId: string | MapRoute | null): Promise<void> {
    const key = JSON.stringify([idsKey(ids), routeOrId]);
    if (drawn?.key !== key) drawn = { key, done: draw(ids, routeOrId) };
    return drawn.done;
  }

  async function draw(ids: Set<string> | null, routeOrId: string | MapRoute | null) {
    const run = ++drawing;
    fitTo(ids);
    delete host.dataset.markers;
    layer.clearLayers();
    markers.clear();
    const route = typeof routeOrId === 'string' ? routes.find((r) => r.id === routeOrId) : (routeOrId ?? undefined);
    const numbered = new Map<string, number>();
    route?.stops.forEach((s, k) => {
      if (!numbered.has(s.unit)) numbered.set(s.unit, k + 1);
    });
    if (route) {
      const line = route.stops.flatMap((s) => {
        const p = byId.get(s.unit);
        return p && located(p) ? [[p.lat, p.lng] as L.LatLngTuple] : [];
      });
      if (line.length >= 2) {
        L.polyline(line, { color: '#a3231f', weight: 3, dashArray: '8 6', interactive: false }).addTo(layer);
      }
    }
    let slice = performance.now();
    for (const p of points) {
      if (ids && !ids.has(p.id)) continue;
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        if (run !== drawing) return;
        slice = performance.now();
      }
      addPoint(p, numbered.get(p.id));
    }
    host.dataset.markers = String(markers.size);
  }

  function focusUnit(id: string) {
    const marker = markers.get(id);
    if (!marker) return;
    map.setView(marker.getLatLng(), Math.max(map.getZoom(), 14), { animate });
    marker.getElement()?.focus({ preventScroll: true });
  }

  host.dataset.mapReady = '';
  return { filter, focusUnit };
}
