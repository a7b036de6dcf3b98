/**
 * QR codes as inline SVG, rendered at build time with `qrcode`: one per stop on the printed
 * itinerary, one per page in the share panel. Build time only.
 */
import QRCode from 'qrcode';
import { escapeHtml } from '../text';

/**
 * An SVG QR code for `url`. With a `label` it is an image with that accessible name (a printed
 * stop's code); without one it is decoration, for a code whose panel already names it.
 */
export async function qrSvg(url: string, label?: string): Promise<string> {
  const svg = (await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })).trim();
  if (label === undefined) return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeHtml(label)}" width="96" height="96" `);
}
