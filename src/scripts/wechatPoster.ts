/**
 * 分享海报: a portrait poster (750×1334, whatever the screen's pixel ratio) for WeChat Moments,
 * drawn on a canvas: kicker, title, key figures or description, source line, the site's name and
 * a QR code of the page. Content is drawn as text with `fillText`, never parsed as markup; lines
 * holding Mongolian script are left out (see src/lib/media/posterText.ts). Loaded on click by
 * ./wechatShare.ts, with `qrcode`.
 */
import QRCode from 'qrcode';
import { POSTER_HEIGHT, POSTER_WIDTH, type WechatShareData, withoutMongolian, wrapText } from '../lib/media/posterText';

/** The system CJK fonts, as the site's stylesheet names them: no web font is loaded. */
const FONTS =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';
const INK = '#1f1a17';
const MUTED = '#5c524b';
const ACCENT = '#a3231f';
const PAPER = '#fdfbf7';
const MARGIN = 60;
const WIDTH = POSTER_WIDTH - 2 * MARGIN;
const QR_SIZE = 240;

/** Draws `lines` from `y` down; returns the `y` after the last. */
function drawLines(
  context: CanvasRenderingContext2D,
  lines: string[],
  y: number,
  lineHeight: number,
  x = MARGIN,
): number {
  for (const line of lines) {
    context.fillText(line, x, y);
    y += lineHeight;
  }
  return y;
}

/** The QR code of `url`, dark modules on white with a quiet zone, in a `size` square at (x, y). */
function drawQr(context: CanvasRenderingContext2D, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const cells = modules.size + 8; // four modules of quiet zone on each side
  const cell = Math.floor(size / cells);
  const offset = Math.floor((size - cell * cells) / 2) + 4 * cell;
  context.fillStyle = '#ffffff';
  context.fillRect(x, y, size, size);
  context.fillStyle = '#000000';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) context.fillRect(x + offset + col * cell, y + offset + row * cell, cell, cell);
    }
  }
}

/** The poster of a page, as a `data:` PNG address (the site's policy allows `data:` images). */
export function posterUrl(data: WechatShareData): string {
  const canvas = document.createElement('canvas');
  canvas.width = POSTER_WIDTH;
  canvas.height = POSTER_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas 2d unavailable');
  const font = (size: number, weight = 'normal') => {
    context.font = `${weight} ${size}px ${FONTS}`;
  };
  const wrap = (text: string, maxLines: number, width = WIDTH) =>
    withoutMongolian([text]).flatMap((kept) => wrapText(kept, width, (t) => context.measureText(t).width, maxLines));
  context.textBaseline = 'top';

  context.fillStyle = PAPER;
  context.fillRect(0, 0, POSTER_WIDTH, POSTER_HEIGHT);
  context.fillStyle = ACCENT;
  context.fillRect(0, 0, POSTER_WIDTH, 16);

  font(28, 'bold');
  let y = drawLines(context, wrap(data.kicker, 1), 72, 40) + 24;

  context.fillStyle = INK;
  font(52, 'bold');
  y = drawLines(context, wrap(data.title, 5), y, 72) + 24;
  context.fillStyle = ACCENT;
  context.fillRect(MARGIN, y, 80, 6);
  y += 44;

  // The bottom block is fixed; the figures or description fill the space above the source line.
  const bottom = POSTER_HEIGHT - MARGIN - QR_SIZE;
  font(24);
  const source = wrap(data.source, 3);
  const sourceTop = bottom - 48 - source.length * 36;
  if (data.figures.length > 0) {
    for (const figure of withoutMongolian(data.figures)) {
      font(34, 'bold');
      const lines = wrap(figure, 2, WIDTH - 24);
      if (y + lines.length * 50 > sourceTop - 16) break;
      context.fillStyle = ACCENT;
      context.fillRect(MARGIN, y + 10, 8, 28);
      context.fillStyle = INK;
      y = drawLines(context, lines, y, 50, MARGIN + 24) + 14;
    }
  } else {
    font(34);
    context.fillStyle = INK;
    const room = Math.max(1, Math.floor((sourceTop - 16 - y) / 54));
    drawLines(context, wrap(data.summary, room), y, 54);
  }

  font(24);
  context.fillStyle = MUTED;
  drawLines(context, source, sourceTop, 36);
  context.fillStyle = '#d9d0c7';
  context.fillRect(MARGIN, bottom - 24, WIDTH, 2);

  drawQr(context, data.url, POSTER_WIDTH - MARGIN - QR_SIZE, bottom, QR_SIZE);
  const textWidth = WIDTH - QR_SIZE - 32;
  context.fillStyle = INK;
  font(36, 'bold');
  let left = drawLines(context, wrap(data.site, 2, textWidth), bottom + 24, 50) + 12;
  font(28);
  context.fillStyle = ACCENT;
  left = drawLines(context, wrap(data.scan, 2, textWidth), left, 40) + 12;
  font(20);
  context.fillStyle = MUTED;
  drawLines(
    context,
    wrapText(data.url, textWidth, (t) => context.measureText(t).width, 4),
    left,
    28,
  );

  return canvas.toDataURL('image/png');
}

/**
 * Shows the poster in the element's output, with its alternative text (`data-alt`) and a link that
 * downloads it (`data-download`), as a `data:` address, which the site's policy allows as an image.
 */
export function showPoster(element: HTMLElement, data: WechatShareData): void {
  const output = element.querySelector<HTMLElement>('[data-output]');
  if (!output) return;
  const url = posterUrl(data);
  const image = Object.assign(document.createElement('img'), { src: url, alt: element.dataset.alt ?? '' });
  image.width = POSTER_WIDTH / 2;
  image.height = POSTER_HEIGHT / 2;
  image.className = 'block h-auto max-w-full border border-line';
  const link = Object.assign(document.createElement('a'), { href: url, download: data.file });
  link.textContent = element.dataset.download ?? data.file;
  output.replaceChildren(image, link);
  output.hidden = false;
}
