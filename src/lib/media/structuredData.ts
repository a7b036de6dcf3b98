/**
 * JSON-LD (schema.org) for every page: the site with its search action, the breadcrumb trail,
 * and the record a page is about (with its name in Mongolian script as a language-tagged
 * `alternateName` where it has one): `Article` for a story, `TouristAttraction` or `Place` for a
 * unit (with its coordinate and precision only when a location is known), `TouristTrip` with its
 * ordered stops for a route.
 *
 * Build time only; pages pass in plain data, so the functions need no Astro runtime.
 */
import { isApproximate, isoDay } from '../format';
import { absolute, PATHS, searchPath } from '../paths';

type Json = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A name in traditional Mongolian script, as the record's `mongolianName` holds it. */
export interface MongolianNameInput {
  text: string;
}

/**
 * `alternateName` for a name in Mongolian script: a JSON-LD language-tagged string (`mn-Mong`), so
 * that machines read it as Mongolian in its traditional script, not as Chinese.
 */
function alternateName(name: MongolianNameInput | undefined): Json {
  return name ? { alternateName: { '@value': name.text, '@language': 'mn-Mong' } } : {};
}

/** The site, with a SearchAction pointing at `/search/?q=…`. */
export function websiteLd(site: URL | string, name: string, description: string): Json {
  return {
    '@type': 'WebSite',
    '@id': absolute(site, `${PATHS.home}#website`),
    url: absolute(site, PATHS.home),
    name,
    description,
    inLanguage: 'zh-CN',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: absolute(site, searchPath('?q={search_term_string}')) },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A breadcrumb trail; items without `href` are the current page (`currentPath`). */
export function breadcrumbLd(
  site: URL | string,
  homeName: string,
  items: { label: string; href?: string | undefined }[],
  currentPath: string,
): Json {
  const trail = [{ label: homeName, href: PATHS.home }, ...items];
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.label,
      item: absolute(site, item.href ?? currentPath),
    })),
  };
}

/** The organisation that publishes the site. */
const publisher = (site: URL | string, name: string): Json => ({
  '@type': 'Organization',
  name,
  url: absolute(site, PATHS.home),
});

/** What an Article needs to know about a story. */
export interface ArticleInput {
  path: string;
  title: string;
  summary: string;
  date: Date;
  tags: string[];
  region: string;
  /** Share image path (1200×630). */
  image: string;
  speaker: string;
  licence: string;
  source: { publication: string; date: Date; originalTitle?: string | undefined; url?: string | undefined };
  /** The headline in Mongolian script, when a source gives one. */
  mongolianName?: MongolianNameInput | undefined;
}

/** `Article` for a story, naming the original it retells. */
export function articleLd(site: URL | string, siteName: string, story: ArticleInput): Json {
  const original: Json = {
    '@type': 'CreativeWork',
    name: story.source.originalTitle ?? story.source.publication,
    publisher: { '@type': 'Organization', name: story.source.publication },
    datePublished: isoDay(story.source.date),
  };
  if (story.source.url) original.url = story.source.url;
  return {
    '@type': 'Article',
    '@id': absolute(site, `${story.path}#article`),
    mainEntityOfPage: absolute(site, story.path),
    url: absolute(site, story.path),
    headline: story.title,
    ...alternateName(story.mongolianName),
    description: story.summary,
    datePublished: isoDay(story.date),
    inLanguage: 'zh-CN',
    keywords: story.tags,
    about: { '@type': 'Place', name: story.region },
    image: { '@type': 'ImageObject', url: absolute(site, story.image), width: 1200, height: 630 },
    author: publisher(site, siteName),
    publisher: publisher(site, siteName),
    sourceOrganization: { '@type': 'Organization', name: story.speaker },
    isBasedOn: original,
    license: story.licence,
  };
}

/** What a place description needs to know about a unit. */
export interface PlaceInput {
  path: string;
  name: string;
  /** The name in Mongolian script, when a source gives one. */
  mongolianName?: MongolianNameInput | undefined;
  description: string;
  /** A demonstration point open to visiting groups: described as a TouristAttraction. */
  attraction: boolean;
  region: string;
  district?: string | undefined;
  address?: string | undefined;
  location?: { lat: number; lng: number; precision: number; note?: string | undefined } | undefined;
  /** The precision in words, e.g. "约±2公里". */
  precisionText?: string | undefined;
}

/**
 * `TouristAttraction` (a demonstration point) or `Place` for a unit. A known location becomes
 * `geo` with its precision stated: a `GeoCircle` of that radius for an approximate location, plain
 * `GeoCoordinates` for a precise one, and the radius in metres as a property either way. Without
 * a known location there is no `geo` at all.
 */
export function placeLd(site: URL | string, unit: PlaceInput): Json {
  const place: Json = {
    '@type': unit.attraction ? 'TouristAttraction' : 'Place',
    '@id': absolute(site, `${unit.path}#place`),
    url: absolute(site, unit.path),
    name: unit.name,
    ...alternateName(unit.mongolianName),
    description: unit.description,
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'CN',
      addressRegion: '内蒙古自治区',
      addressLocality: unit.region,
      ...(unit.district ? { addressLocality: `${unit.region}${unit.district}` } : {}),
      ...(unit.address ? { streetAddress: unit.address } : {}),
    },
  };
  const loc = unit.location;
  if (loc) {
    const coordinates = {
      '@type': 'GeoCoordinates',
      latitude: loc.lat,
      longitude: loc.lng,
      description: [unit.precisionText, loc.note].filter(Boolean).join('；'),
    };
    place.geo = isApproximate(loc.precision)
      ? { '@type': 'GeoCircle', geoMidpoint: coordinates, geoRadius: loc.precision }
      : coordinates;
    place.additionalProperty = {
      '@type': 'PropertyValue',
      name: 'locationPrecision',
      description: unit.precisionText,
      value: loc.precision,
      unitCode: 'MTR',
    };
  }
  return place;
}

/** What a trip description needs to know about a route. */
export interface TripInput {
  path: string;
  name: string;
  description: string;
  stops: { path: string; name: string; minutes: number }[];
}

/** `TouristTrip` with the stops as an ordered `ItemList` itinerary. */
export function tripLd(site: URL | string, route: TripInput): Json {
  return {
    '@type': 'TouristTrip',
    '@id': absolute(site, `${route.path}#trip`),
    url: absolute(site, route.path),
    name: route.name,
    description: route.description,
    inLanguage: 'zh-CN',
    itinerary: {
      '@type': 'ItemList',
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: route.stops.length,
      itemListElement: route.stops.map((stop, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: { '@type': 'Place', name: stop.name, url: absolute(site, stop.path) },
      })),
    },
  };
}

/** One JSON-LD document holding several nodes. */
export function graphLd(nodes: Json[]): Json {
  return { '@context': CONTEXT, '@graph': nodes };
}

/** JSON-LD as text safe inside a `<script>` element. */
export function serializeLd(data: Json): string {
  return JSON.stringify(data).replaceAll('<', '\\u003c');
}
