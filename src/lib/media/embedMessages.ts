/**
 * The height messages an embed page posts to its host, in the site's own format and in the
 * dialects that common host-side listeners already understand:
 *
 * - the site's own: `{ type: "mz-embed-height", height }`, read by `public/embed.js`;
 * - Datawrapper: `{ "datawrapper-height": { <id>: height } }`; its listener finds the iframe by
 *   `event.source`, the id only names the chart;
 * - Pym.js: the string `pymxPYMx<childId>xPYMxheightxPYMx<height>`, where Pym's parent passed the
 *   child id in the `childId` query parameter of the iframe's address;
 * - WordPress: `{ message: "height", value: height, secret }`, where WordPress passed the secret in
 *   the address's fragment (`#?secret=…`) and finds the iframe by its `data-secret`.
 */

/** `type` of the site's own height message. */
export const HEIGHT_MESSAGE_TYPE = 'mz-embed-height';

/** The site's own height message. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

/** What the embed page learned from its own address. */
export interface EmbedContext {
  /** Name of the embed for Datawrapper-style listeners, e.g. `stories-x`. */
  id: string;
  /** Pym.js child id, from the `childId` query parameter. */
  pymId?: string | undefined;
  /** WordPress secret, from a `#?secret=…` fragment. */
  secret?: string | undefined;
}

/** Reads the Pym.js child id and the WordPress secret from the embed page's address. */
export function embedContext(id: string, search: string, hash: string): EmbedContext {
  const pymId = new URLSearchParams(search).get('childId') ?? undefined;
  // WordPress writes the secret as `#?secret=abc`; accept `#secret=abc` too.
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret') ?? undefined;
  const valid = (value: string | undefined) => (value && /^[\w-]{1,64}$/.test(value) ? value : undefined);
  return { id, pymId: valid(pymId), secret: valid(secret) };
}

/** Every message to post for a content height, in CSS pixels (rounded up). */
export function heightMessages(height: number, context: EmbedContext): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [
    { type: HEIGHT_MESSAGE_TYPE, height: px } satisfies HeightMessage,
    { 'datawrapper-height': { [context.id]: px } },
  ];
  if (context.pymId !== undefined) messages.push(`pymxPYMx${context.pymId}xPYMxheightxPYMx${px}`);
  if (context.secret !== undefined) messages.push({ message: 'height', value: px, secret: context.secret });
  return messages;
}

/** `type` of the message with which `embed.js` asks an embed page to report its height again. */
export const HEIGHT_REQUEST_TYPE = 'mz-embed-request';

/** Whether a message is `embed.js` asking for the height. */
export function isHeightRequest(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === HEIGHT_REQUEST_TYPE;
}
