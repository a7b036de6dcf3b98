/**
 * QR codes as inline SVG, rendered at build time with `qrcode`: one per stop on the printed
 * itinerary, one per page in the share panel. Each code is kept in the build cache by its URL, its
 * options and the version of `qrcode` (src/lib/buildCache.ts), so a rebuild reads it back instead
 * of encoding it again. Build time only.
 */
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { cachedBytes } from '../buildCache';
import { CACHE_DIR } from '../content/contentDir';
import { escapeHtml } from '../text';

const require = createRequire(import.meta.url);

/** The build cache's folder for QR codes. */
export const QR_KIND = 'qr';

const OPTIONS = { type: 'svg', margin: 1, errorCorrectionLevel: 'M' } as const;
const TOOL = `qrcode@${(require('qrcode/package.json') as { version: string }).version}`;

/** The plain SVG of `url`'s code: from the build cache, else encoded now and kept there. */
async function codeSvg(url: string, cacheDir: string): Promise<string> {
  const bytes = await cachedBytes(
    QR_KIND,
    { url, options: OPTIONS, tool: TOOL },
    async () => new TextEncoder().encode((await QRCode.toString(url, OPTIONS)).trim()),
    cacheDir,
  );
  return new TextDecoder().decode(bytes);
}

/**
 * An SVG QR code for `url`. With a `label` it is an image with that accessible name (a printed
 * stop's code); without one it is decoration, for a code whose panel already names it.
 */
export async function qrSvg(url: string, label?: string, cacheDir: string = CACHE_DIR): Promise<string> {
  const svg = await codeSvg(url, cacheDir);
  if (label === undefined) return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" width="96" height="96" `);
}
