/**
 * The 1200×630 PNG share card of a story (and the site's default card), rendered at build time:
 * satori lays the text out and turns it into SVG paths, resvg rasterises them, on worker threads
 * (cardWorkers.ts).
 *
 * The Chinese glyphs come from the `@fontsource/noto-sans-sc` npm package, so a machine with only
 * npm can build. The package splits the font into about a hundred files by Unicode range; only
 * the files that hold the characters of a card are loaded (a subset, read once per build). It has no
 * Mongolian glyphs, so Mongolian-script text is left off a card (see {@link printableCard}) rather
 * than drawn as empty boxes.
 *
 * Build time only (Node).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheKey, cachedBytes, isCached } from '../buildCache';
import { type CardDrawing, drawOnWorker } from './cardWorkers';
import { withoutMongolianScript } from '../text';

/** Width of a share card, in pixels. */
export const SHARE_IMAGE_WIDTH = 1200;
/** Height of a share card, in pixels. */
export const SHARE_IMAGE_HEIGHT = 630;

const FONT_FAMILY = 'Noto Sans SC';
/** Folder of the share cards in the build cache. */
const CARD_KIND = 'share-cards';
const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

interface FontFile {
  file: string;
  ranges: [number, number][];
}

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

/** `U+4e00-4e05,U+4e07` → code point ranges. */
export function parseUnicodeRange(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(from, 16);
    return [start, to === undefined ? start : parseInt(to, 16)];
  });
}

const fontFiles = new Map<Weight, FontFile[]>();

/** The font files of one weight with the code points each holds, from the package's CSS. */
function filesOfWeight(weight: Weight): FontFile[] {
  let files = fontFiles.get(weight);
  if (!files) {
    const css = readFileSync(join(fontDir, `${weight}.css`), 'utf8');
    files = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block = '']) => {
      const woff = /url\(\.\/files\/([^)]+\.woff)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      return woff && range ? [{ file: woff, ranges: parseUnicodeRange(range) }] : [];
    });
    fontFiles.set(weight, files);
  }
  return files;
}

/** A font file a card needs, under the family name the card uses for it. */
interface CardFont {
  name: string;
  file: string;
  weight: Weight;
}

/** For each code point met so far, the indexes of the range files (of one weight) that hold it. */
const filesOfCodePoint = new Map<Weight, Map<number, number[]>>();

function filesHolding(weight: Weight, codePoint: number): number[] {
  let known = filesOfCodePoint.get(weight);
  if (!known) {
    known = new Map();
    filesOfCodePoint.set(weight, known);
  }
  let indexes = known.get(codePoint);
  if (!indexes) {
    indexes = filesOfWeight(weight).flatMap(({ ranges }, index) =>
      ranges.some(([a, b]) => codePoint >= a && codePoint <= b) ? [index] : [],
    );
    known.set(codePoint, indexes);
  }
  return indexes;
}

/**
 * The font files that hold every character of `text`, in both weights. Satori takes one file per
 * family name, so each range file gets its own family name (its index in the package), and the
 * card lists them all as a fallback chain.
 */
function fontsFor(text: string): { fonts: CardFont[]; family: string } {
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))];
  const fonts = WEIGHTS.flatMap((weight) => {
    const files = filesOfWeight(weight);
    const used = new Set(codePoints.flatMap((codePoint) => filesHolding(weight, codePoint)));
    return [...used]
      .sort((x, y) => x - y)
      .map((index) => ({ name: `${FONT_FAMILY} ${index}`, file: files[index]?.file ?? '', weight }));
  });
  return { fonts, family: [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ') };
}

/** Versions of what draws a card: a new version of any of them draws every card again. */
const TOOL_VERSIONS = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-sc'].map(
  (name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`,
);

/** What a share card says. */
export interface ShareCard {
  /** Large text: the story's title. */
  title: string;
  /** Small line above the title, e.g. the section name. */
  kicker: string;
  /** Line at the foot, e.g. the site name and the source. */
  footer: string;
}

/**
 * The card as it can be drawn: text in Mongolian script taken out of every line. Noto Sans SC has
 * no glyph for it, and satori would draw each character as an empty box. A record's Mongolian name
 * is never put on a card; this also catches Mongolian characters inside a Chinese title.
 */
export function printableCard(card: ShareCard): ShareCard {
  return {
    kicker: withoutMongolianScript(card.kicker),
    title: withoutMongolianScript(card.title),
    footer: withoutMongolianScript(card.footer),
  };
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children: unknown): Node => ({
  type,
  props: { style, children },
});

/** Font size that keeps a title of this length within four lines of the card. */
export function titleFontSize(title: string): number {
  const length = [...title].length;
  if (length <= 16) return 72;
  if (length <= 30) return 60;
  if (length <= 48) return 52;
  return 44;
}

/** A card laid out: satori's element tree, what its cached PNG is keyed by, and the drawing job. */
function layOut(input: ShareCard) {
  const card = printableCard(input);
  const { fonts, family } = fontsFor(`${card.kicker}${card.title}${card.footer}`);
  const tree = el(
    'div',
    {
      // Satori sizes the content box: the padding and the border come on top.
      width: SHARE_IMAGE_WIDTH - 2 * 80,
      height: SHARE_IMAGE_HEIGHT - 2 * 64 - 24,
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 80px',
      backgroundColor: '#fdfbf7',
      borderTop: '24px solid #a3231f',
      color: '#1f1a17',
      fontFamily: family,
    },
    [
      el('div', { fontSize: 32, color: '#a3231f', fontWeight: 700 }, card.kicker),
      el(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          width: SHARE_IMAGE_WIDTH - 160,
          fontSize: titleFontSize(card.title),
          fontWeight: 700,
          lineHeight: 1.3,
          wordBreak: 'break-all',
        },
        card.title,
      ),
      el('div', { width: SHARE_IMAGE_WIDTH - 160, fontSize: 28, color: '#5c524b', fontWeight: 400 }, card.footer),
    ],
  );
  const size = { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT };
  const inputs = { tree, size, fonts, tools: TOOL_VERSIONS };
  const job: CardDrawing = {
    tree,
    ...size,
    fonts: fonts.map(({ name, file, weight }) => ({ name, path: join(fontDir, 'files', file), weight })),
  };
  return { inputs, key: cacheKey(inputs), job };
}

/** Cards being drawn ahead of their page, by cache key (see {@link prepareShareImages}). */
const drawnAhead = new Map<string, Promise<unknown>>();

/**
 * Starts drawing, on the worker threads, every card of `cards` that no earlier build kept, and
 * returns at once. A build calls it when it lists the card pages, before it writes any page, so
 * the cards are drawn on the other cores while the main thread writes the pages that come first.
 * The PNGs go to the cache folder, where {@link renderShareImage} then finds them.
 */
export function prepareShareImages(cards: ShareCard[], cacheDir?: string): void {
  for (const card of cards) {
    const { inputs, key, job } = layOut(card);
    if (drawnAhead.has(key) || isCached(CARD_KIND, inputs, cacheDir)) continue;
    // The PNG is kept in the cache folder only, not in memory: the cards are written after the
    // pages (src/integrations/workerPagesLast.ts), and thousands of them would wait in memory.
    // A card that fails here is drawn again by its page, which then reports the failure.
    drawnAhead.set(
      key,
      cachedBytes(CARD_KIND, inputs, () => drawOnWorker(job), cacheDir).then(
        () => undefined,
        () => undefined,
      ),
    );
  }
}

/**
 * The card as a PNG of {@link SHARE_IMAGE_WIDTH}×{@link SHARE_IMAGE_HEIGHT} pixels, drawn on a
 * worker thread. Kept between builds by a hash of the whole layout (text, styles, fonts) and the
 * drawing tools' versions, so a rebuild draws again only the cards whose text changed.
 */
export async function renderShareImage(input: ShareCard, cacheDir?: string): Promise<Uint8Array> {
  const { inputs, key, job } = layOut(input);
  const ahead = drawnAhead.get(key);
  if (ahead) {
    drawnAhead.delete(key);
    await ahead;
  }
  return cachedBytes(CARD_KIND, inputs, () => drawOnWorker(job), cacheDir);
}
