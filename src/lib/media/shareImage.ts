/**
 * The 1200×630 PNG share card of a story (and the site's default card), rendered at build time:
 * satori lays the text out and turns it into SVG paths, resvg rasterises them.
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
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cachedBytes } from '../buildCache';
import { withoutMongolianScript } from '../text';

/** Width of a share card, in pixels. */
export const SHARE_IMAGE_WIDTH = 1200;
/** Height of a share card, in pixels. */
export const SHARE_IMAGE_HEIGHT = 630;

const FONT_FAMILY = 'Noto Sans SC';
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

const fontBytes = new Map<string, Buffer>();

/** A font file a card needs, under the family name the card uses for it. */
interface CardFont {
  name: string;
  file: string;
  weight: Weight;
}

/**
 * The font files that hold every character of `text`, in both weights. Satori takes one file per
 * family name, so each range file gets its own family name (its index in the package), and the
 * card lists them all as a fallback chain.
 */
function fontsFor(text: string): { fonts: CardFont[]; family: string } {
  const codePoints = [...new Set([...text].map((ch) => ch.codePointAt(0) ?? 0))];
  const fonts = WEIGHTS.flatMap((weight) =>
    filesOfWeight(weight).flatMap(({ file, ranges }, index) =>
      codePoints.some((cp) => ranges.some(([a, b]) => cp >= a && cp <= b))
        ? [{ name: `${FONT_FAMILY} ${index}`, file, weight }]
        : [],
    ),
  );
  return { fonts, family: [...new Set(fonts.map((font) => `'${font.name}'`))].join(', ') };
}

/** The fonts as satori takes them, each file read once per build. */
function fontData(fonts: CardFont[]) {
  return fonts.map(({ name, file, weight }) => {
    let data = fontBytes.get(file);
    if (!data) {
      data = readFileSync(join(fontDir, 'files', file));
      fontBytes.set(file, data);
    }
    return { name, data, weight, style: 'normal' as const };
  });
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

/**
 * The card as a PNG of {@link SHARE_IMAGE_WIDTH}×{@link SHARE_IMAGE_HEIGHT} pixels. Kept between
 * builds by a hash of the whole layout (text, styles, fonts) and the drawing tools' versions, so a
 * rebuild draws again only the cards whose text changed.
 */
export async function renderShareImage(input: ShareCard, cacheDir?: string): Promise<Uint8Array> {
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
  return cachedBytes(
    'share-cards',
    { tree, size, fonts, tools: TOOL_VERSIONS },
    async () => {
      const svg = await satori(tree as Parameters<typeof satori>[0], { ...size, fonts: fontData(fonts) });
      return new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_IMAGE_WIDTH } }).render().asPng();
    },
    cacheDir,
  );
}
