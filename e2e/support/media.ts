/**
 * Reading what a page offers to machines: its JSON-LD, its `<link rel="alternate">` documents and
 * its share tags, from the served HTML.
 */
import { type APIRequestContext, expect } from '@playwright/test';

export type Json = Record<string, unknown>;

/** The served HTML of a path. */
export async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return response.text();
}

/** Every JSON-LD node of a page (a `@graph` is flattened); throws on JSON that does not parse. */
export function jsonLdNodes(page: string): Json[] {
  const scripts = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return scripts.flatMap(([, text = '']) => {
    const data = JSON.parse(text) as Json;
    expect(data['@context']).toBe('https://schema.org');
    return Array.isArray(data['@graph']) ? (data['@graph'] as Json[]) : [data];
  });
}

/** The node of a type, or undefined. */
export const nodeOfType = (nodes: Json[], type: string) => nodes.find((node) => node['@type'] === type);

/** `content` of a `<meta property|name="…">`. */
export function metaContent(page: string, key: string): string | undefined {
  const tag = [...page.matchAll(/<meta\s[^>]*>/g)]
    .map(([t]) => t)
    .find((t) => t.includes(`property="${key}"`) || t.includes(`name="${key}"`));
  return tag ? /content="([^"]*)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&') : undefined;
}

/** `href` of a `<link rel="alternate" type="…">`. */
export function alternateHref(page: string, type: string): string | undefined {
  const tag = [...page.matchAll(/<link\s[^>]*>/g)]
    .map(([t]) => t)
    .find((t) => t.includes('rel="alternate"') && t.includes(`type="${type}"`));
  return tag ? /href="([^"]*)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&') : undefined;
}

/** Path of an absolute URL that carries SITE_URL's host, to request from the server under test. */
export const localPath = (url: string) => new URL(url).pathname;

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR chunk first').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** oEmbed 1.0 (https://oembed.com/, section 2.3): the fields every response and a `rich` one need. */
export function oembedProblems(doc: Json): string[] {
  const problems: string[] = [];
  if (doc.version !== '1.0') problems.push(`version is ${String(doc.version)}, not "1.0"`);
  if (doc.type !== 'rich') problems.push(`type is ${String(doc.type)}, not "rich"`);
  for (const key of ['html', 'title', 'author_name', 'author_url', 'provider_name', 'provider_url']) {
    if (typeof doc[key] !== 'string' || doc[key] === '') problems.push(`${key} missing`);
  }
  for (const key of ['width', 'height', 'cache_age']) {
    if (!Number.isInteger(doc[key]) || (doc[key] as number) <= 0) problems.push(`${key} not a positive integer`);
  }
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((key) => key in doc);
  if (thumbnail.length !== 0 && thumbnail.length !== 3) problems.push(`only ${thumbnail.join(', ')} of the thumbnail`);
  return problems;
}
