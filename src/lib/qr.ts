/**
 * QR codes as inline SVG, rendered at build time with `qrcode`, for the printed itinerary.
 * Build time only.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `url`, labelled for assistive technology. */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  const escaped = label.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return svg.trim().replace('<svg ', `<svg role="img" aria-label="${escaped}" width="96" height="96" `);
}
