/**
 * The Leaflet map behind `<mz-point-map>`, imported only when the map is needed. One focusable
 * marker per located unit (status told by symbol and words as well as colour; approximate
 * locations drawn as a dashed circle of their radius and labelled), routes as numbered stops
 * joined by straight dashed lines. Keyboard: Tab to a marker, Enter opens its popup and moves
 * focus into it, Escape closes it and returns focus to the marker. The wheel zooms only once the
 * map has been clicked, or with Ctrl/⌘. No animation under `prefers-reduced-motion`.
 */
import L from 'leaflet';
// As a URL, not an import: an imported stylesheet would be linked from every page with a map,
// loaded before the map is needed.
import leafletCss from 'leaflet/dist/leaflet.css?url';
import { formatPrecision } from '../lib/format';
import type { Basemap } from '../lib/map/basemap';
import type { MapPoint, MapRoute } from '../lib/map/mapTypes';
import { PATHS, unitPath } from '../lib/paths';
import { escapeHtml, fill } from '../lib/text';

/** What the map element asks of the drawn map. */
export interface MapController {
  /** Shows only `ids` (all when null); draws a route, given by id or (for a plan) in full. */
  filter(ids: Set<string> | null, route: string | MapRoute | null): void;
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

/** Centre and zoom when nothing is located: Baotou. */
const FALLBACK_VIEW: [L.LatLngTuple, number] = [[40.65, 109.84], 10];

/** Links Leaflet's stylesheet once; resolves when it has loaded (or failed: the map still works). */
export function loadCss(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[href="${leafletCss}"]`);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: leafletCss });
  const done = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
  });
  if (!existing) document.head.append(link);
  return done;
}

/** Draws the map inside `host` (a `<mz-point-map>`) from its data and strings. */
export function mountMap(host: HTMLElement): MapController {
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
  // Markers get their elements (and accessible names) only once the map has a view.
  map.setView(...FALLBACK_VIEW, { animate: false });
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
  // The tiles come once the markers have set the view (see fit): none are fetched for the
  // provisional view, and the work is split from drawing the markers, in a task of its own.
  let tiles: ReturnType<typeof setTimeout> | undefined;
  function addTiles() {
    for (const layer of basemap.layers) {
      L.tileLayer(layer.url, {
        maxZoom: layer.maxZoom,
        ...(layer.subdomains ? { subdomains: layer.subdomains } : {}),
        errorTileUrl: BLANK_TILE,
      })
        .on('tileerror', () => say(strings.tilesFailed))
        .addTo(map);
    }
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
    if (p.lat === undefined || p.lng === undefined) return;
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

  function fit() {
    const located = [...markers.values()].map((m) => m.getLatLng());
    if (located.length === 0) map.setView(...FALLBACK_VIEW, { animate: false });
    else if (located.length === 1 && located[0]) map.setView(located[0], 14, { animate: false });
    else map.fitBounds(L.latLngBounds(located), { padding: [32, 32], maxZoom: 15, animate: false });
    tiles ??= setTimeout(addTiles);
  }

  function filter(ids: Set<string> | null, routeOrId: string | MapRoute | null) {
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
        return p?.lat !== undefined && p.lng !== undefined ? [[p.lat, p.lng] as L.LatLngTuple] : [];
      });
      if (line.length >= 2) {
        L.polyline(line, { color: '#a3231f', weight: 3, dashArray: '8 6', interactive: false }).addTo(layer);
      }
    }
    for (const p of points) {
      if (ids && !ids.has(p.id)) continue;
      addPoint(p, numbered.get(p.id));
    }
    host.dataset.markers = String(markers.size);
    fit();
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
